package dria.rules.children.weak_age_assurance_test

import data.dria.rules.children.weak_age_assurance as rule

base := {"spec": {
	"affected": {"people": 2000000},
	"children": {"likelyUsers": true, "minimumAge": 18, "ageAssurance": "self-declaration", "companion": true},
}}

test_fires_for_adult_companion_service_on_a_tick_box if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"children are among the likely users of 2,000,000 people, age assurance is only self-declaration ",
		"(`ageAssurance: self-declaration`), and it offers companion-style interaction (`companion: true`) ",
		"and the service is for adults only (`minimumAge: 18`)",
	])
	f.paths == ["/spec/children", "/spec/children/ageAssurance", "/spec/children/companion", "/spec/children/minimumAge"]
}

test_fires_on_consent_without_age_checks if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["children"]},
		"children": {"ageAssurance": "none", "minimumAge": 13},
		"data": {"lawfulBases": ["consent"]},
	}}
	contains(f.msg, "age assurance is absent (`ageAssurance: none`)")
	contains(f.msg, "children below the age of digital consent cannot give without a parent")
}

test_quiet_with_verification if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/children/ageAssurance",
		"value": "verification",
	}])
}

test_quiet_when_nothing_calls_for_more if {
	count(rule.findings) == 0 with input as {"spec": {"children": {
		"likelyUsers": true,
		"minimumAge": 13,
		"ageAssurance": "self-declaration",
	}}}
}

test_not_applicable_when_children_are_not_among_the_people if {
	not rule.applies with input as {"spec": {"children": {"likelyUsers": false, "ageAssurance": "none"}}}
}
