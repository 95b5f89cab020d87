package dria.rules.expression.statement_of_reasons_test

import data.dria.rules.expression.statement_of_reasons as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 2000000, "groups": ["political-candidates"]},
	"expression": {"contentModeration": {"noticeToUser": true, "statementOfReasons": false}},
}}

test_fires_without_reasons if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"users of this `social-media` service get no statement of reasons for moderation decisions ",
		"(`statementOfReasons: false`) (2,000,000 people); affected users include `political-candidates`",
	])
	f.paths == ["/spec/expression/contentModeration/statementOfReasons", "/spec/context/domains"]
}

# Private messaging is not a hosting service: no statement-of-reasons duty.
test_quiet_on_messaging if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["messaging"],
	}])
}

test_quiet_with_reasons if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/statementOfReasons",
		"value": true,
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
