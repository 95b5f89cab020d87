package dria.rules.gaps.automation_test

import data.dria.rules.gaps.automation as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "full"}}}
	contains(f.msg, "`decisions.legalEffect`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"decisions": {"automation": "none"}}}
}
