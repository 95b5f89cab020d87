package dria.rules.decisions.justice_law_enforcement_test

import data.dria.rules.decisions.justice_law_enforcement as rule

safe := {"spec": {
	"context": {"domains": ["law-enforcement", "surveillance"]},
	"affected": {"people": 210000},
	"decisions": {
		"automation": "partial",
		"legalEffect": true,
		"humanReview": {"available": true, "canOverride": true, "trained": true},
		"explanation": {"provided": true},
	},
	"accountability": {"appeal": {"available": true}},
}}

test_fires_without_safeguards if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/humanReview/trained", "value": false},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
		{"op": "replace", "path": "/spec/accountability/appeal/available", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`law-enforcement`")
	contains(f.msg, "210,000 people")
	contains(f.msg, "an appeal")
	contains(f.msg, "reasons given to the person")
	contains(f.msg, "trained official")
	"/spec/accountability/appeal" in f.paths
	"/spec/decisions/humanReview" in f.paths
}

test_fires_in_justice_when_appeal_not_stated if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["justice"]},
		{"op": "remove", "path": "/spec/accountability"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`justice`")
	contains(f.msg, "lack an appeal")
}

test_fires_on_assistive_risk_scoring if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "add", "path": "/spec/ai", "value": {"techniques": ["risk-scoring"]}},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 1 with input as inp
}

test_quiet_with_all_safeguards if {
	count(rule.findings) == 0 with input as safe
}

test_quiet_when_assistive_without_scoring if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_elsewhere if {
	not rule.applies with input as {"spec": {"context": {"domains": ["health"]}}}
}

test_review_found_inadequate_counts_as_missing if {
	inp := json.patch(safe, [{
		"op": "add",
		"path": "/spec/decisions/humanReview/status",
		"value": "found-inadequate",
	}])
	some f in rule.findings with input as inp
	endswith(f.msg, "lack review by a trained official who can override the system (found inadequate)")
}

test_fires_on_a_points_system_triaging_cases if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["points-system"]},
		{"op": "replace", "path": "/spec/accountability/appeal/available", "value": false},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, "`assistive` decisions (by `points-system`) in `law-enforcement`")
}

test_fires_on_detention_without_a_legal_effect_flag if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["detention"]},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 1 with input as inp
}

test_safeguard_marked_not_applicable_is_not_asked if {
	inp := json.patch(safe, [
		{"op": "remove", "path": "/spec/accountability"},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
		{"op": "add", "path": "/spec/notApplicable", "value": [{"field": "accountability.appeal", "reason": "r"}]},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, "lack reasons given to the person")
	not "/spec/accountability/appeal" in f.paths
}

test_not_applicable_when_decisions_are_marked if {
	marked := [{"field": "decisions", "reason": "r"}]
	inp := json.patch(safe, [{"op": "add", "path": "/spec/notApplicable", "value": marked}])
	not rule.applies with input as inp
}
