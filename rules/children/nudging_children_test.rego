package dria.rules.children.nudging_children_test

import data.dria.rules.children.nudging_children as rule

base := {"spec": {
	"affected": {"people": 95000000, "groups": ["children"]},
	"ai": {"techniques": ["recommender", "content-moderation"]},
	"children": {"nudging": true},
}}

test_fires_on_nudging_design if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the design nudges minors to stay or share more (`children.nudging: true`) on a service used by ",
		"95,000,000 people, with `recommender` shaping what they see",
	])
	f.paths == ["/spec/children/nudging", "/spec/ai/techniques"]
}

test_fires_without_ai if {
	some f in rule.findings with input as {"spec": {"children": {"nudging": true}}}
	endswith(f.msg, "on a service used by an unstated number of people")
	f.paths == ["/spec/children/nudging"]
}

test_quiet_without_nudging if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/children/nudging",
		"value": false,
	}])
}

test_not_applicable_without_children if {
	not rule.applies with input as {"spec": {"affected": {"groups": ["women"]}}}
}
