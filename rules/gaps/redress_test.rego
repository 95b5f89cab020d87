package dria.rules.gaps.redress_test

import data.dria.rules.gaps.redress as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "partial", "legalEffect": false}}}
	f.msg == "how affected people can complain about the system is not stated: `accountability.grievance` missing"
	f.paths == ["/spec/accountability/grievance"]
}

test_quiet_when_only_the_appeal_is_missing if {
	count(rule.findings) == 0 with input as {"spec": {
		"decisions": {"automation": "partial"},
		"accountability": {"grievance": {"available": true}},
	}}
}

test_not_applicable_when_no_one_is_touched_or_marked if {
	not rule.applies with input as {"spec": {
		"data": {"categories": []},
		"decisions": {"automation": "none", "legalEffect": false},
		"ai": {"used": false},
	}}
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "accountability.grievance", "reason": "r"}]}}
	rule.applies with input as {"spec": {}}
}
