package dria.rules.gaps.ai_use_test

import data.dria.rules.gaps.ai_use as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {}}
	contains(f.msg, "`ai.used`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"ai": {"used": false}}}
}

test_not_applicable_when_no_one_is_touched if {
	none := {"personalData": false, "decisionsAboutPeople": false, "profiling": false}
	not rule.applies with input as {"spec": {"scope": none}}
	rule.applies with input as {"spec": {}}
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "ai", "reason": "a static catalogue"}]}}
}
