package dria.rules.expression.notice_reasons_test

import data.dria.rules.expression.notice_reasons as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 2000000, "groups": ["political-candidates"]},
	"expression": {"contentModeration": {"noticeToUser": false, "statementOfReasons": false}},
}}

test_fires_without_notice if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"users are not told when their content is removed or restricted (`noticeToUser: false`) ",
		"(2,000,000 people); affected users include `political-candidates`",
	])
	f.paths == ["/spec/expression/contentModeration/noticeToUser"]
}

test_quiet_with_notice if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/noticeToUser",
		"value": true,
	}])
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as {"spec": {"context": {"domains": ["social-media"]}}}
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
