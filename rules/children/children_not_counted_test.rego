package dria.rules.children.children_not_counted_test

import data.dria.rules.children.children_not_counted as rule

base := {"spec": {
	"affected": {"people": 30000000, "groups": ["women", "lgbtiq"]},
	"children": {"likelyUsers": true, "likelyAffected": true, "minimumAge": 13},
}}

test_fires_when_children_use_it_whatever_the_terms_say if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	f.msg == concat("", [
		"children are likely to use the service (`likelyUsers: true`), whatever its terms say (minimum age 13), ",
		"but `children` are not among the affected groups (`lgbtiq` and `women`)",
	])
	f.paths == ["/spec/children/likelyUsers", "/spec/affected/groups", "/spec/children/minimumAge"]
}

test_fires_when_children_are_affected if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["benefit-claimants"]},
		"children": {"likelyAffected": true},
	}}
	startswith(f.msg, "children are likely to be affected by it (`likelyAffected: true`), but")
}

test_quiet_when_children_are_counted if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/affected/groups/-",
		"value": "children",
	}])
}

# Groups not stated is an information gap of its own (DRIA-GAP-002).
test_quiet_when_groups_are_not_stated if {
	count(rule.findings) == 0 with input as {"spec": {"children": {"likelyUsers": true}}}
}

test_not_applicable_when_children_are_unlikely if {
	not rule.applies with input as {"spec": {"children": {"likelyUsers": false, "minimumAge": 13}}}
}
