package dria.rules.children.companion_children_test

import data.dria.rules.children.companion_children as rule

base := {"spec": {
	"affected": {"people": 10000000},
	"children": {"likelyUsers": true, "companion": true, "ageAssurance": "self-declaration"},
}}

test_fires_on_companion_ai_with_a_tick_box if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the service offers minors companion-style or relationship-simulating interaction ",
		"(`children.companion: true`), reaching 10,000,000 people, and their age is assured by ",
		"self-declaration only (`ageAssurance: self-declaration`)",
	])
	f.paths == ["/spec/children/companion", "/spec/children/ageAssurance"]
}

test_fires_whatever_the_age_assurance if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/children/ageAssurance",
		"value": "verification",
	}])
	endswith(f.msg, "reaching 10,000,000 people")
}

test_quiet_without_companion_features if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/children/companion",
		"value": false,
	}])
}

test_not_applicable_without_children if {
	not rule.applies with input as {"spec": {"ai": {"techniques": ["chatbot"]}}}
}
