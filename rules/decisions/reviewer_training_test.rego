package dria.rules.decisions.reviewer_training_test

import data.dria.rules.decisions.reviewer_training as rule

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
	f.msg == concat("", [
		"human review of `partial` decisions with legal effect on 420,000 people is available, ",
		"but reviewers are not trained to question the system (`trained: false`)",
	])
	"/spec/decisions/humanReview/trained" in f.paths
}

test_fires_when_training_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/decisions/humanReview/trained"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "but reviewers' training is not stated")
	not contains(f.msg, "override")
}

test_fires_on_full_automation_with_untrained_reviewers if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "full",
	}])
}

test_quiet_with_trained_reviewers if {
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

test_not_applicable if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
	marked := {"field": "decisions.humanReview.trained", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
