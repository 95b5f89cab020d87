package dria.rules.gaps.appeal_test

import data.dria.rules.gaps.appeal as rule

test_fires_when_only_the_appeal_is_missing if {
	some f in rule.findings with input as {"spec": {
		"decisions": {"automation": "partial"},
		"accountability": {"grievance": {"available": true}},
	}}
	f.msg == concat(" ", [
		"the system takes part in decisions (`automation: partial`) about an unstated number of people but whether",
		"people can appeal them is not stated: `accountability.appeal` missing",
	])
	sort(f.paths) == ["/spec/accountability/appeal", "/spec/decisions/automation"]
}

test_asked_when_legal_effect_not_stated if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "assistive"}}}
	contains(f.msg, "`accountability.appeal`")
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {
		"decisions": {"automation": "partial"},
		"accountability": {"appeal": {"available": false}},
	}}
}

test_not_applicable_without_legal_effect if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "partial", "legalEffect": false}}}
	rule.applies with input as {"spec": {"decisions": {
		"automation": "partial",
		"legalEffect": false,
		"effects": ["benefit-suspension"],
	}}}
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {
		"decisions": {"automation": "partial"},
		"notApplicable": [{"field": "accountability.appeal", "reason": "r"}],
	}}
}
