package dria.rules.decisions.migration_decisions_test

import data.dria.rules.decisions.migration_decisions as rule

safe := {"spec": {
	"context": {"domains": ["migration-border", "public-services"]},
	"affected": {"people": 420000, "groups": ["refugees-asylum-seekers", "women"]},
	"decisions": {
		"automation": "partial",
		"legalEffect": true,
		"humanReview": {"available": true, "canOverride": true, "trained": true},
		"explanation": {"provided": true},
	},
	"accountability": {"appeal": {"available": true}},
}}

test_fires_on_streaming_without_reasons_or_training if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/humanReview/trained", "value": false},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "420,000 people (including `refugees-asylum-seekers`)")
	contains(f.msg, "reasons given to the applicant")
	contains(f.msg, "trained caseworker")
	not contains(f.msg, "an appeal")
	"/spec/decisions/explanation" in f.paths
	"/spec/decisions/humanReview" in f.paths
}

test_fires_on_assistive_triage_without_appeal if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "add", "path": "/spec/ai", "value": {"techniques": ["risk-scoring"]}},
		{"op": "replace", "path": "/spec/accountability/appeal/available", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`assistive`")
	contains(f.msg, "an appeal")
}

test_quiet_with_safeguards if {
	count(rule.findings) == 0 with input as safe
}

test_quiet_without_legal_effect if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_no_automation if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "none"},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_outside_migration if {
	not rule.applies with input as {"spec": {"context": {"domains": ["social-benefits"]}}}
}
