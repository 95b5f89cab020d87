package dria.rules.expression.automated_removal_test

import data.dria.rules.expression.automated_removal as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 5000000, "groups": ["journalists", "children"]},
	"expression": {"contentModeration": {"automatedRemoval": true, "humanReview": false, "appeal": false}},
}}

test_fires_without_review_or_appeal if {
	some f in rule.findings with input as base
	contains(f.msg, "5,000,000 people")
	contains(f.msg, "`humanReview: false`")
	contains(f.msg, "`appeal: false`")
	contains(f.msg, "`journalists`")
	not contains(f.msg, "`children`")
	"/spec/expression/contentModeration/automatedRemoval" in f.paths
	"/spec/expression/contentModeration/appeal" in f.paths
}

test_fires_when_appeal_is_decided_by_machine if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/appeal",
		"value": true,
	}])
	contains(f.msg, "`humanReview: false`")
	not contains(f.msg, "appeal")
}

test_fires_when_safeguards_not_stated if {
	some f in rule.findings with input as {"spec": {"expression": {"contentModeration": {"automatedRemoval": true}}}}
	contains(f.msg, "an unstated number of people")
	contains(f.msg, "human review of removals is not stated")
	contains(f.msg, "an appeal is not stated")
}

test_quiet_with_review_and_appeal if {
	count(rule.findings) == 0 with input as json.patch(base, [
		{"op": "replace", "path": "/spec/expression/contentModeration/appeal", "value": true},
		{"op": "replace", "path": "/spec/expression/contentModeration/humanReview", "value": true},
	])
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
