package dria.rules.decisions.rubber_stamp_review_test

import data.dria.rules.decisions.rubber_stamp_review as rule

base := {"spec": {
	"affected": {"people": 420000},
	"decisions": {
		"automation": "partial",
		"legalEffect": true,
		"humanReview": {"available": true, "canOverride": true, "trained": false},
	},
}}

test_fires_when_reviewers_untrained if {
	some f in rule.findings with input as base
	contains(f.msg, "420,000 people")
	contains(f.msg, "`trained: false`")
	contains(f.msg, "`partial`")
	"/spec/decisions/humanReview" in f.paths
}

test_fires_when_reviewers_cannot_override if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": false, "trained": true},
	}])
	some f in rule.findings with input as inp
	contains(f.msg, "`canOverride: false`")
}

test_fires_when_training_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/decisions/humanReview/trained"}])
	some f in rule.findings with input as inp
	contains(f.msg, "training is not stated")
}

test_fires_on_full_automation_with_untrained_reviewers if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "full",
	}])
}

test_leaves_full_automation_without_override_to_dec001 if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "full"},
		{"op": "replace", "path": "/spec/decisions/humanReview/canOverride", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_trained_reviewers_who_can_override if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview/trained",
		"value": true,
	}])
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}

test_not_applicable_without_decisions if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
}
