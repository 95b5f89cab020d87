package dria.rules.gaps.redress_test

import data.dria.rules.gaps.redress as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {
		"decisions": {"automation": "partial"},
		"accountability": {"grievance": {"available": true}},
	}}
	contains(f.msg, "`accountability.appeal`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"accountability": {"grievance": {"available": true}}}}
}

test_appeal_not_asked_without_legal_effect if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "partial", "legalEffect": false}}}
	contains(f.msg, "`accountability.grievance`")
	not contains(f.msg, "appeal")
}

test_appeal_asked_when_legal_effect_not_stated if {
	some f in rule.findings with input as {"spec": {
		"decisions": {"automation": "assistive"},
		"accountability": {"grievance": {"available": true}},
	}}
	contains(f.msg, "`accountability.appeal`")
}
