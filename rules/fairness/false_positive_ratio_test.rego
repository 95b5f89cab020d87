package dria.rules.fairness.false_positive_ratio_test

import data.dria.rules.fairness.false_positive_ratio as rule

results(rs) := {"spec": {"ai": {"biasTesting": {"results": rs}}}}

test_fires_from_one_and_a_quarter if {
	inp := results([
		{"attribute": "ethnicity", "group": "Black", "falsePositiveRate": 0.18},
		{"attribute": "ethnicity", "group": "white", "falsePositiveRate": 0.12},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"false-positive-rate ratio: by `ethnicity`, `Black` is wrongly flagged (0.18) 1.5 times as often",
		"as `white` (0.12)",
	])
}

test_quiet_below_one_and_a_quarter_and_from_twice if {
	below := results([
		{"attribute": "sex", "group": "women", "falsePositiveRate": 0.11},
		{"attribute": "sex", "group": "men", "falsePositiveRate": 0.1},
	])
	count(rule.findings) == 0 with input as below
	twice := results([
		{"attribute": "sex", "group": "women", "falsePositiveRate": 0.45},
		{"attribute": "sex", "group": "men", "falsePositiveRate": 0.2},
	])
	count(rule.findings) == 0 with input as twice
}

test_not_applicable_without_error_rates if {
	not rule.applies with input as results([
		{"attribute": "sex", "group": "women", "flagRate": 0.3},
		{"attribute": "sex", "group": "men", "flagRate": 0.1},
	])
}
