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

test_review_found_inadequate_counts_as_missing if {
	inp := json.patch(safe, [
		{"op": "add", "path": "/spec/decisions/humanReview/status", "value": "found-inadequate"},
		{"op": "add", "path": "/spec/decisions/humanReview/statusSource", "value": "the Chief Inspector"},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, concat("", [
		"lack review by a trained caseworker who can override the system ",
		"(found inadequate by the Chief Inspector)",
	]))
}

test_fires_on_a_points_system_streaming_applications if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["rule-based-scoring"]},
		{"op": "replace", "path": "/spec/affected/groups", "value": ["people-with-migration-background"]},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"`assistive` decisions (by `rule-based-scoring`) in `migration-border` affecting 420,000 people",
		"(including `people-with-migration-background`) lack reasons given to the applicant",
	])
}

test_not_applicable_when_decisions_are_marked if {
	marked := [{"field": "decisions", "reason": "r"}]
	inp := json.patch(safe, [{"op": "add", "path": "/spec/notApplicable", "value": marked}])
	not rule.applies with input as inp
}
