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

test_fires_when_the_review_was_found_inadequate if {
	inp := json.patch(safe, [
		{"op": "add", "path": "/spec/decisions/humanReview/status", "value": "found-inadequate"},
		{"op": "add", "path": "/spec/decisions/humanReview/statusSource", "value": "Royal Commission into Robodebt"},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, concat("", [
		"are not heard before payments stop: the review cannot be counted on ",
		"(found inadequate by Royal Commission into Robodebt)",
	]))
	"/spec/decisions/humanReview" in f.paths
}

test_fires_on_a_suspension_by_record_matching if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["benefit-suspension", "investigation"]},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["record-matching"]},
		{"op": "replace", "path": "/spec/affected/groups", "value": ["single-parents"]},
		{"op": "replace", "path": "/spec/accountability/appeal", "value": {"available": false}},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"`full` automated decisions (by `record-matching`) on social benefits leading to `benefit-suspension`",
		"affect 185,000 people (including `single-parents`), and people are not heard before payments stop:",
		"there is no appeal (`appeal.available: false`)",
	])
	"/spec/decisions/effects" in f.paths
}

test_quiet_when_the_output_does_not_touch_payments if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["investigation"]},
		{"op": "replace", "path": "/spec/accountability/appeal", "value": {"available": false}},
	])
	count(rule.findings) == 0 with input as inp
}

test_safeguard_marked_not_applicable_is_not_asked if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/burdenOfProof", "value": "individual"},
		{"op": "add", "path": "/spec/notApplicable", "value": [{"field": "decisions.burdenOfProof", "reason": "r"}]},
	])
	count(rule.findings) == 0 with input as inp
}

test_benefit_claimants_make_it_a_benefits_system if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["public-services"]},
		{"op": "replace", "path": "/spec/affected/groups", "value": ["benefit-claimants"]},
		{"op": "replace", "path": "/spec/accountability/appeal", "value": {"available": false}},
	])
	some f in rule.findings with input as inp
	f.paths[0] == "/spec/affected/groups"
}
