package dria.rules.children.children_not_counted_test

import data.dria.rules.children.children_not_counted as rule

base := {"spec": {
	"affected": {"people": 30000000, "groups": ["women", "lgbtiq"]},
	"children": {"likelyUsers": true, "minimumAge": 13, "ageAssurance": "self-declaration"},
}}

test_fires_when_children_use_it_whatever_the_terms_say if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"children are likely to use the service (`likelyUsers: true`) although its terms set a minimum age of 13, ",
		"and age is only asked (`ageAssurance: self-declaration`), so children below it use it anyway; ",
		"`children` are not among the affected groups either",
	])
	f.paths == ["/spec/children/likelyUsers", "/spec/children/minimumAge", "/spec/children/ageAssurance"]
}

# Counting children among the groups does not make the finding go away:
# the minimum age still protects no one.
test_fires_when_children_are_counted if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/affected/groups/-",
		"value": "children",
	}])
	endswith(f.msg, "so children below it use it anyway")
}

test_fires_when_age_checks_are_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/children/ageAssurance"}])
	contains(f.msg, "and how age is checked is not stated")
}

test_quiet_with_age_verification_or_estimation if {
	every level in ["verification", "estimation"] {
		count(rule.findings) == 0 with input as json.patch(base, [{
			"op": "replace",
			"path": "/spec/children/ageAssurance",
			"value": level,
		}])
	}
}

test_quiet_without_a_minimum_age if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/children/minimumAge"}])
}

test_not_applicable_when_children_are_unlikely_users if {
	not rule.applies with input as {"spec": {"children": {"likelyUsers": false, "minimumAge": 13}}}
}
