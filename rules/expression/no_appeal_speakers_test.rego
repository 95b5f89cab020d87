package dria.rules.expression.no_appeal_speakers_test

import data.dria.rules.expression.no_appeal_speakers as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 30000000, "groups": ["journalists", "political-candidates", "women"]},
	"expression": {"contentModeration": {"appeal": false}},
}}

test_fires_for_journalists_and_candidates if {
	some f in rule.findings with input as base
	contains(f.msg, "`journalists` and `political-candidates`")
	contains(f.msg, "30,000,000 people")
	contains(f.msg, "`appeal: false`")
	"/spec/expression/contentModeration/appeal" in f.paths
	"/spec/affected/groups" in f.paths
}

test_fires_when_scale_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/affected/people"}])
	contains(f.msg, "an unstated number of people")
}

test_quiet_with_appeal if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/contentModeration/appeal",
		"value": true,
	}])
}

test_quiet_at_small_scale if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/people",
		"value": 5000,
	}])
}

test_quiet_without_public_speakers if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["women"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
