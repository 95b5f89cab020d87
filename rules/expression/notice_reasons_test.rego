package dria.rules.expression.notice_reasons_test

import data.dria.rules.expression.notice_reasons as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 2000000, "groups": ["political-candidates"]},
	"expression": {"contentModeration": {"noticeToUser": false, "statementOfReasons": false}},
}}

test_fires_without_notice_or_reasons if {
	some f in rule.findings with input as base
	contains(f.msg, "`noticeToUser: false`")
	contains(f.msg, "`statementOfReasons: false`")
	contains(f.msg, "`social-media`")
	contains(f.msg, "2,000,000 people")
	contains(f.msg, "`political-candidates`")
	"/spec/expression/contentModeration/noticeToUser" in f.paths
	"/spec/expression/contentModeration/statementOfReasons" in f.paths
}

test_fires_on_reasons_only if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/noticeToUser",
		"value": true,
	}])
	not contains(f.msg, "noticeToUser")
	contains(f.msg, "`statementOfReasons: false`")
}

test_quiet_with_notice_and_reasons if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration",
		"value": {"noticeToUser": true, "statementOfReasons": true},
	}])
}

# Private messaging is not a hosting service: no statement-of-reasons duty,
# but notice still matters.
test_quiet_on_messaging_with_notice if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"expression": {"contentModeration": {"noticeToUser": true, "statementOfReasons": false}},
	}}
}

test_fires_on_messaging_without_notice if {
	count(rule.findings) == 1 with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"expression": {"contentModeration": {"noticeToUser": false, "statementOfReasons": false}},
	}}
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as {"spec": {"context": {"domains": ["social-media"]}}}
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
