package dria.rules.fairness.accuracy_false_positives_test

import data.dria.rules.fairness.accuracy_false_positives as rule

base := {"spec": {
	"affected": {"people": 210000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"used": true, "accuracy": {"measured": true, "falsePositiveRate": 0.21}},
}}

test_fires_on_high_false_positive_rate if {
	some f in rule.findings with input as base
	contains(f.msg, "wrongly flags 21% of the people")
	contains(f.msg, "`falsePositiveRate: 0.21`")
	contains(f.msg, "210,000 people")
	f.paths == ["/spec/ai/accuracy/falsePositiveRate", "/spec/decisions/legalEffect"]
}

test_fires_when_not_measured if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/accuracy", "value": {"measured": false}}])
	some f in rule.findings with input as inp
	contains(f.msg, "`accuracy.measured: false`")
}

test_fires_when_accuracy_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/accuracy"}])
	some f in rule.findings with input as inp
	contains(f.msg, "is not stated")
}

test_quiet_at_low_false_positive_rate if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/accuracy/falsePositiveRate",
		"value": 0.04,
	}])
}

test_quiet_at_exactly_five_percent if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/accuracy/falsePositiveRate",
		"value": 0.05,
	}])
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "replace", "path": "/spec/ai/accuracy", "value": {"measured": false}},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_model if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "full"}}}
}

test_rate_without_measured_flag_counts_as_measured if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/accuracy/measured"}])
	count(rule.findings) == 1 with input as inp
	some f in rule.findings with input as inp
	contains(f.msg, "21%")
}
