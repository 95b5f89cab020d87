package dria.rules.expression.automated_removal_test

import data.dria.rules.expression.automated_removal as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 5000000, "groups": ["journalists", "children"]},
	"expression": {"contentModeration": {"automatedRemoval": true, "humanReview": false, "appeal": false}},
}}

test_fires_without_review if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"content is removed automatically (`automatedRemoval: true`) for 5,000,000 people, ",
		"and no person reviews removals (`humanReview: false`); affected users include `journalists`",
	])
	f.paths == ["/spec/expression/contentModeration/automatedRemoval", "/spec/expression/contentModeration/humanReview"]
}

test_fires_when_review_not_stated if {
	some f in rule.findings with input as {"spec": {"expression": {"contentModeration": {"automatedRemoval": true}}}}
	f.msg == concat("", [
		"content is removed automatically (`automatedRemoval: true`) for an unstated number of people, ",
		"and human review of removals is not stated",
	])
}

test_leaves_the_appeal_to_exp_010 if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/humanReview",
		"value": true,
	}])
}

test_quiet_without_automated_removal if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/automatedRemoval",
		"value": false,
	}])
}

test_applies_on_platform_domain if {
	rule.applies with input as {"spec": {"context": {"domains": ["search"]}}}
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
