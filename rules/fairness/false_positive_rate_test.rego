package dria.rules.fairness.false_positive_rate_test

import data.dria.rules.fairness.false_positive_rate as rule

base := {"spec": {
	"affected": {"people": 210000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"used": true, "accuracy": {"measured": true, "falsePositiveRate": 0.21}},
}}

test_fires_on_high_false_positive_rate if {
	some f in rule.findings with input as base
	f.msg == concat(" ", [
		"a model that shapes `partial` decisions with legal effect on 210,000 people wrongly flags",
		"21% of the people it should clear (`falsePositiveRate: 0.21`, above 5%)",
	])
	f.paths == ["/spec/ai/accuracy/falsePositiveRate", "/spec/decisions/legalEffect"]
}

test_rate_without_measured_flag_counts if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/accuracy/measured"}])
	count(rule.findings) == 1 with input as inp
}

test_quiet_at_or_below_five_percent if {
	low := json.patch(base, [{"op": "replace", "path": "/spec/ai/accuracy/falsePositiveRate", "value": 0.04}])
	count(rule.findings) == 0 with input as low
	five := json.patch(base, [{"op": "replace", "path": "/spec/ai/accuracy/falsePositiveRate", "value": 0.05}])
	count(rule.findings) == 0 with input as five
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_a_rate if {
	not rule.applies with input as json.patch(base, [{"op": "remove", "path": "/spec/ai/accuracy/falsePositiveRate"}])
}
