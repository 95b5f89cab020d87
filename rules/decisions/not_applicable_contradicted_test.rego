package dria.rules.decisions.not_applicable_contradicted_test

import data.dria.rules.decisions.not_applicable_contradicted as rule

base := {"spec": {
	"decisions": {"automation": "full", "legalEffect": true, "effects": ["deactivation", "ranking"]},
	"notApplicable": [
		{"field": "ai.biasTesting", "reason": "no model"},
		{"field": "decisions.humanReview", "reason": "the system is fully automated"},
	],
}}

test_fires_and_quotes_the_reason_and_the_facts if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	f.msg == concat("", [
		"`decisions.humanReview` is marked not applicable (reason: `the system is fully automated`), ",
		"but the description says `automation: full`, `effects: deactivation, ranking` and ",
		"`legalEffect: true`: the system decides about people",
	])
	f.paths == [
		"/spec/notApplicable/1",
		"/spec/decisions/automation",
		"/spec/decisions/legalEffect",
		"/spec/decisions/effects",
	]
}

test_fires_on_the_whole_section_and_the_appeal if {
	inp := {"spec": {
		"decisions": {"automation": "partial"},
		"notApplicable": [
			{"field": "decisions", "reason": "r1"},
			{"field": "accountability.appeal.available", "reason": "r2"},
		],
	}}
	count(rule.findings) == 2 with input as inp
	some f in rule.findings with input as inp
	contains(f.msg, "`accountability.appeal.available` is marked not applicable (reason: `r2`)")
}

test_quiet_when_the_facts_agree if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions",
		"value": {"automation": "assistive", "legalEffect": false},
	}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_a_decision_claim if {
	not rule.applies with input as {"spec": {"notApplicable": [
		{"field": "decisions.matching", "reason": "no matching"},
		{"field": "ai.biasTesting", "reason": "no model"},
	]}}
	not rule.applies with input as {"spec": {}}
}
