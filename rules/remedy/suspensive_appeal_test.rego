package dria.rules.remedy.suspensive_appeal_test

import data.dria.rules.remedy.suspensive_appeal as rule

base := {"spec": {
	"context": {"domains": ["migration-border", "public-services"]},
	"affected": {"people": 420000},
	"decisions": {"automation": "partial", "legalEffect": true, "reversibility": "irreversible"},
	"accountability": {"appeal": {"available": true, "independent": true, "suspendsDecision": false}},
}}

test_fires_for_removal_without_suspension if {
	some f in rule.findings with input as base
	contains(f.msg, "decisions in `migration-border` with `irreversible` effects on 420,000 people")
	contains(f.msg, "`appeal.suspendsDecision: false`")
	"/spec/accountability/appeal/suspendsDecision" in f.paths
	"/spec/decisions/reversibility" in f.paths
}

test_fires_for_benefit_suspension if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["social-benefits"]},
		{"op": "replace", "path": "/spec/decisions/reversibility", "value": "hard-to-reverse"},
	])
	count(rule.findings) == 1 with input as inp
}

test_quiet_when_suspensive if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/appeal/suspendsDecision", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability/appeal/suspendsDecision"}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_when_reversible if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/reversibility",
		"value": "reversible",
	}])
}

test_not_applicable_other_domains if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["elections", "employment"],
	}])
}

test_not_applicable_without_appeal if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/appeal",
		"value": {"available": false},
	}])
}

test_applies_to_a_border_refusal_without_a_legal_effect_flag if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["border-refusal"]},
	])
	some f in rule.findings with input as inp
	"/spec/decisions/effects" in f.paths
}

test_not_applicable_when_marked if {
	marked := {"field": "accountability.appeal.suspendsDecision", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
