package dria.rules.expression.automated_removal_appeal_test

import data.dria.rules.expression.automated_removal_appeal as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 5000000, "groups": ["lgbtiq"]},
	"expression": {"contentModeration": {"automatedRemoval": true, "humanReview": true, "appeal": false}},
}}

test_fires_without_appeal if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"content is removed automatically (`automatedRemoval: true`) for 5,000,000 people, ",
		"and users cannot appeal (`appeal: false`); affected users include `lgbtiq`",
	])
	f.paths == ["/spec/expression/contentModeration/automatedRemoval", "/spec/expression/contentModeration/appeal"]
}

test_fires_when_appeal_not_stated if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/expression/contentModeration/appeal",
	}])
	contains(f.msg, "and an appeal is not stated")
}

test_quiet_with_appeal if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/appeal",
		"value": true,
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
