package dria.rules.gaps.ai_use_test

import data.dria.rules.gaps.ai_use as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {}}
	contains(f.msg, "`ai.used`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"ai": {"used": false}}}
}
