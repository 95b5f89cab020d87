package dria.rules.decisions.benefit_cutoff_test

import data.dria.rules.decisions.benefit_cutoff as rule

safe := {"spec": {
	"context": {"domains": ["social-benefits"]},
	"affected": {"people": 185000, "groups": ["low-income", "migrants"]},
	"decisions": {
		"automation": "full",
		"legalEffect": true,
		"humanReview": {"available": true, "canOverride": true, "trained": true},
		"burdenOfProof": "authority",
	},
	"accountability": {"appeal": {"available": true, "suspendsDecision": true}},
}}

test_fires_on_robodebt_pattern if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/burdenOfProof", "value": "individual"},
		{"op": "replace", "path": "/spec/decisions/humanReview", "value": {"available": false}},
		{"op": "replace", "path": "/spec/accountability/appeal/suspendsDecision", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "185,000 people (including `low-income`)")
	contains(f.msg, "`burdenOfProof: individual`")
	contains(f.msg, "`humanReview.available: false`")
	contains(f.msg, "`suspendsDecision: false`")
	"/spec/decisions/burdenOfProof" in f.paths
	"/spec/decisions/humanReview" in f.paths
	"/spec/accountability/appeal" in f.paths
}

test_fires_when_only_appeal_is_not_suspensive if {
	inp := json.patch(safe, [{"op": "replace", "path": "/spec/accountability/appeal/suspendsDecision", "value": false}])
	some f in rule.findings with input as inp
	f.paths == [
		"/spec/context/domains",
		"/spec/decisions/automation",
		"/spec/decisions/legalEffect",
		"/spec/accountability/appeal",
	]
}

test_fires_when_reviewers_cannot_override if {
	inp := json.patch(safe, [{"op": "replace", "path": "/spec/decisions/humanReview/canOverride", "value": false}])
	some f in rule.findings with input as inp
	contains(f.msg, "`canOverride: false`")
}

test_fires_when_review_not_stated_and_no_appeal if {
	inp := json.patch(safe, [
		{"op": "remove", "path": "/spec/decisions/humanReview"},
		{"op": "replace", "path": "/spec/accountability/appeal", "value": {"available": false}},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "no human review is stated")
	contains(f.msg, "there is no appeal")
}

test_fires_when_reasons_are_not_given if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "partial"},
		{"op": "add", "path": "/spec/decisions/explanation", "value": {"provided": false}},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`explanation.provided: false`")
	"/spec/decisions/explanation" in f.paths
}

test_quiet_when_reasons_are_given if {
	inp := json.patch(safe, [{"op": "add", "path": "/spec/decisions/explanation", "value": {"provided": true}}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_due_process if {
	count(rule.findings) == 0 with input as safe
}

test_quiet_when_caseworker_decides if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "replace", "path": "/spec/decisions/burdenOfProof", "value": "individual"},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_outside_benefits if {
	not rule.applies with input as {"spec": {"context": {"domains": ["employment"]}}}
}
