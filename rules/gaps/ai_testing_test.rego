package dria.rules.gaps.ai_testing_test

import data.dria.rules.gaps.ai_testing as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"ai": {"used": true}, "decisions": {"automation": "assistive"}}}
	f.msg == concat(" ", [
		"a model takes part in decisions (`automation: assistive`) about an unstated number of people but whether its",
		"results were compared across groups is not stated: `ai.biasTesting` missing",
	])
	sort(f.paths) == ["/spec/ai", "/spec/ai/biasTesting", "/spec/decisions/automation"]
}

test_fires_for_a_points_system if {
	inp := {"spec": {
		"ai": {"used": false},
		"affected": {"people": 5000},
		"decisions": {"automation": "assistive", "methods": ["points-system"]},
	}}
	rule.applies with input as inp
	some f in rule.findings with input as inp
	startswith(f.msg, "a score (by `points-system`) takes part in decisions (`automation: assistive`) about 5,000 people")
	"/spec/decisions/methods" in f.paths
}

test_quiet_when_only_accuracy_is_missing if {
	count(rule.findings) == 0 with input as {"spec": {
		"ai": {"used": true, "biasTesting": {"performed": true}},
		"decisions": {"automation": "assistive"},
	}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"ai": {"used": false}}}
	marked := {"field": "ai.biasTesting", "reason": "r"}
	not rule.applies with input as {"spec": {"ai": {"used": true}, "notApplicable": [marked]}}
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as {"spec": {
		"ai": {"used": true},
		"decisions": {"automation": "partial", "legalEffect": false},
	}}
}
