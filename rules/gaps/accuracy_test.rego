package dria.rules.gaps.accuracy_test

import data.dria.rules.gaps.accuracy as rule

test_fires_when_only_accuracy_is_missing if {
	some f in rule.findings with input as {"spec": {
		"ai": {"used": true, "biasTesting": {"performed": true}},
		"decisions": {"automation": "assistive"},
	}}
	f.msg == concat(" ", [
		"a model takes part in decisions (`automation: assistive`) about an unstated number of people but whether its",
		"error rates were measured is not stated: `ai.accuracy` missing",
	])
	sort(f.paths) == ["/spec/ai", "/spec/ai/accuracy", "/spec/decisions/automation"]
}

test_fires_for_rule_based_scoring if {
	some f in rule.findings with input as {"spec": {
		"ai": {"used": false},
		"decisions": {"automation": "partial", "methods": ["rule-based-scoring"]},
	}}
	startswith(f.msg, "a score (by `rule-based-scoring`) takes part")
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {
		"ai": {"used": true, "accuracy": {"measured": false}},
		"decisions": {"automation": "assistive"},
	}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"ai": {"used": false}}}
	not rule.applies with input as {"spec": {"ai": {"used": false}, "decisions": {"methods": ["record-matching"]}}}
	marked := {"field": "ai.accuracy", "reason": "r"}
	not rule.applies with input as {"spec": {"ai": {"used": true}, "notApplicable": [marked]}}
}
