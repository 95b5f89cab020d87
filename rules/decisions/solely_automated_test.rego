package dria.rules.decisions.solely_automated_test

import data.dria.rules.decisions.solely_automated as rule

base := {"spec": {
	"affected": {"people": 300000},
	"decisions": {"automation": "full", "legalEffect": true, "humanReview": {"available": false}},
}}

test_fires_without_review if {
	some f in rule.findings with input as base
	contains(f.msg, "300,000 people")
	contains(f.msg, "no human review is available")
}

test_fires_when_reviewer_cannot_override if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": false},
	}])
}

test_quiet_with_effective_review if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": true},
	}])
}

test_quiet_when_assistive if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "assistive",
	}])
}

test_not_applicable_without_decisions if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
}
