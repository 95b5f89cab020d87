package dria.rules.fairness.not_applicable_contradicted_test

import data.dria.rules.fairness.not_applicable_contradicted as rule

base := {"spec": {
	"affected": {"people": 5000},
	"decisions": {
		"automation": "assistive",
		"legalEffect": false,
		"effects": ["home-visit"],
		"methods": ["rule-based-scoring"],
	},
	"ai": {"used": false},
	"notApplicable": [{"field": "ai.biasTesting", "reason": "no machine learning"}],
}}

test_fires_and_quotes_the_reason if {
	some f in rule.findings with input as base
	f.msg == concat(" ", [
		"`ai.biasTesting` is marked not applicable (reason: `no machine learning`), but a score",
		"(by `rule-based-scoring`) takes part in `assistive` decisions leading to `home-visit` on 5,000 people",
	])
	f.paths == ["/spec/notApplicable/0", "/spec/decisions/automation", "/spec/decisions/effects"]
}

test_quiet_when_nothing_scores_people_with_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/effects", "value": ["ranking"]}])
	count(rule.findings) == 0 with input as inp
	manual := json.patch(base, [{"op": "replace", "path": "/spec/decisions/methods", "value": ["manual"]}])
	count(rule.findings) == 0 with input as manual
}

test_not_applicable_without_the_claim if {
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "ai.accuracy", "reason": "r"}]}}
}
