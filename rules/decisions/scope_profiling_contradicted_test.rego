package dria.rules.decisions.scope_profiling_contradicted_test

import data.dria.rules.decisions.scope_profiling_contradicted as rule

test_fires_on_scoring_techniques_and_methods if {
	inp := {"spec": {
		"scope": {"profiling": false},
		"ai": {"techniques": ["profiling", "risk-scoring", "translation"]},
		"decisions": {"methods": ["points-system", "manual"]},
	}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"the system is said to evaluate, score and predict nothing about individuals (`scope.profiling: false`),",
		"but the description says `methods: points-system` and `techniques: profiling, risk-scoring`",
	])
	f.paths == ["/spec/scope/profiling", "/spec/ai/techniques", "/spec/decisions/methods"]
}

test_quiet_when_nothing_scores_people if {
	inp := {"spec": {
		"scope": {"profiling": false},
		"ai": {"techniques": ["translation"]},
		"decisions": {"methods": ["eligibility-rules", "manual"]},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_the_claim if {
	not rule.applies with input as {"spec": {"scope": {"profiling": true}}}
	not rule.applies with input as {"spec": {}}
}
