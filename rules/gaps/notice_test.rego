package dria.rules.gaps.notice_test

import data.dria.rules.gaps.notice as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"transparency": {"documentationPublished": true}}}
	contains(f.msg, "`transparency.noticeToAffected`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"transparency": {"noticeToAffected": true}}}
}
