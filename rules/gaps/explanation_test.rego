package dria.rules.gaps.explanation_test

import data.dria.rules.gaps.explanation as rule

test_fires_when_only_the_explanation_is_missing if {
	some f in rule.findings with input as {"spec": {"decisions": {
		"automation": "partial",
		"humanReview": {"available": true},
	}}}
	f.msg == concat(" ", [
		"the system takes part in decisions about people (`automation: partial`) but whether",
		"people are given the reasons for them is not stated: `decisions.explanation` missing",
	])
	f.paths == ["/spec/decisions/automation", "/spec/decisions/explanation"]
}

test_fires_for_a_points_system_informing_a_person if {
	some f in rule.findings with input as {"spec": {"decisions": {
		"automation": "assistive",
		"methods": ["points-system"],
	}}}
	contains(f.msg, "(`automation: assistive`) (by `points-system`) but")
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"decisions": {
		"automation": "partial",
		"explanation": {"provided": false},
	}}}
}

test_not_applicable_to_people_deciding_alone if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "assistive", "methods": ["manual"]}}}
}

test_not_applicable_without_legal_effect if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "full", "legalEffect": false}}}
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {
		"decisions": {"automation": "full"},
		"notApplicable": [{"field": "decisions.explanation", "reason": "r"}],
	}}
}
