package dria.rules.gaps.notice_test

import data.dria.rules.gaps.notice as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"transparency": {"documentationPublished": true}}}
	contains(f.msg, "`transparency.noticeToAffected`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"transparency": {"noticeToAffected": true}}}
}

test_not_applicable_when_no_one_is_touched if {
	not rule.applies with input as no_one
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "transparency", "reason": "nobody to tell"}]}}
}
