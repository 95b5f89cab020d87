package dria.rules.gaps.ai_testing_test

import data.dria.rules.gaps.ai_testing as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"ai": {"used": true}, "decisions": {"automation": "assistive"}}}
	contains(f.msg, "`ai.biasTesting`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {
		"ai": {"used": true, "biasTesting": {"performed": true}, "accuracy": {"measured": true}},
		"decisions": {"automation": "assistive"},
	}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"ai": {"used": false}}}
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as {"spec": {
		"ai": {"used": true},
		"decisions": {"automation": "partial", "legalEffect": false},
	}}
}
