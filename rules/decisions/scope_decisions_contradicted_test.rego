package dria.rules.decisions.scope_decisions_contradicted_test

import data.dria.rules.decisions.scope_decisions_contradicted as rule

base := {"spec": {
	"scope": {"decisionsAboutPeople": false},
	"decisions": {"automation": "none", "legalEffect": true, "effects": ["investigation"]},
	"ai": {"techniques": ["risk-scoring", "translation"]},
}}

test_fires_and_quotes_the_contradicting_facts if {
	some f in rule.findings with input as base
	f.msg == concat(" ", [
		"the system is said to take, recommend and trigger no decisions about people",
		"(`scope.decisionsAboutPeople: false`), but the description says `effects: investigation`,",
		"`legalEffect: true` and `techniques: risk-scoring`",
	])
	f.paths == [
		"/spec/scope/decisionsAboutPeople",
		"/spec/decisions/legalEffect",
		"/spec/decisions/effects",
		"/spec/ai/techniques",
	]
}

test_fires_on_automation if {
	inp := {"spec": {"scope": {"decisionsAboutPeople": false}, "decisions": {"automation": "assistive"}}}
	some f in rule.findings with input as inp
	endswith(f.msg, "but the description says `automation: assistive`")
}

test_quiet_when_the_facts_agree if {
	inp := {"spec": {
		"scope": {"decisionsAboutPeople": false},
		"decisions": {"automation": "none", "legalEffect": false},
		"ai": {"techniques": ["translation"]},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_the_claim if {
	not rule.applies with input as {"spec": {"scope": {"decisionsAboutPeople": true}}}
	not rule.applies with input as {"spec": {}}
}
