package dria.rules.fairness.accuracy_false_positives_test

import data.dria.rules.fairness.accuracy_false_positives as rule

base := {"spec": {
	"affected": {"people": 210000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"used": true, "accuracy": {"measured": false}},
}}

test_fires_when_not_measured if {
	some f in rule.findings with input as base
	f.msg == concat(" ", [
		"the accuracy of a model that shapes `partial` decisions with legal effect on 210,000 people",
		"has never been measured (`accuracy.measured: false`)",
	])
	f.paths == ["/spec/ai/accuracy", "/spec/decisions/legalEffect"]
}

test_fires_when_accuracy_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/accuracy"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "is not stated")
}

test_fires_for_a_points_system_leading_to_investigations if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai", "value": {"used": false}},
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["points-system"]},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["investigation"]},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, concat(" ", [
		"the accuracy of a score (by `points-system`) that shapes `partial` decisions",
		"leading to `investigation`",
	]))
}

test_quiet_when_measured if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/accuracy", "value": {"measured": true}}])
	count(rule.findings) == 0 with input as inp
	rate := json.patch(base, [{"op": "replace", "path": "/spec/ai/accuracy", "value": {"falsePositiveRate": 0.21}}])
	count(rule.findings) == 0 with input as rate
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_model_or_score if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "full"}}}
	not rule.applies with input as {"spec": {"decisions": {"automation": "full", "methods": ["record-matching"]}}}
	marked := {"field": "ai.accuracy", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
