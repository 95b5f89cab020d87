package dria.rules.aiact.crime_prediction_test

import data.dria.rules.aiact.crime_prediction as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement"]},
	"affected": {"people": 210000, "groups": ["children", "low-income"]},
	"decisions": {"automation": "partial"},
	"ai": {
		"used": true,
		"techniques": ["predictive-policing"],
		"inputs": ["neighbourhood (postcode area)", "number of police contacts"],
	},
}}

test_fires_on_individual_predictive_policing if {
	some f in rule.findings with input as base
	contains(f.msg, "`predictive-policing`")
	contains(f.msg, "210,000 people, including `children`")
	contains(f.msg, "`neighbourhood (postcode area)`")
	contains(f.msg, "Art 5(1)(d)")
	"/spec/ai/inputs" in f.paths
}

test_fires_on_profiling_risk_scores_in_law_enforcement if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["risk-scoring", "profiling"]},
		{"op": "remove", "path": "/spec/ai/inputs"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "using `profiling` and `risk-scoring`, a practice")
	not "/spec/ai/inputs" in f.paths
}

test_fires_on_risk_scores_with_protected_attributes if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["risk-scoring"]},
		{"op": "replace", "path": "/spec/ai/inputs", "value": ["prior convictions"]},
		{"op": "add", "path": "/spec/ai/protectedAttributes", "value": ["ethnicity"]},
	])
	count(rule.findings) == 1 with input as inp
}

test_quiet_on_risk_scores_from_offence_facts if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["risk-scoring"]},
		{"op": "replace", "path": "/spec/ai/inputs", "value": ["prior convictions for the offence under investigation"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_on_place_based_forecasts if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/automation", "value": "none"}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_ai if {
	not rule.applies with input as {"spec": {"context": {"domains": ["law-enforcement"]}}}
}
