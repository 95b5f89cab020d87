package dria.rules.fairness.false_positive_ratio_double_test

import data.dria.rules.fairness.false_positive_ratio_double as rule

results(rs) := {"spec": {"ai": {"biasTesting": {"results": rs}}}}

test_fires_from_twice if {
	inp := results([
		{"attribute": "ethnicity", "group": "Black", "falsePositiveRate": 0.45},
		{"attribute": "ethnicity", "group": "white", "falsePositiveRate": 0.2},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"false-positive-rate ratio: by `ethnicity`, `Black` is wrongly flagged (0.45) 2.25 times as often",
		"as `white` (0.2)",
	])
}

test_quiet_below_twice if {
	count(rule.findings) == 1 with input as results([
		{"attribute": "ethnicity", "group": "Black", "falsePositiveRate": 0.46},
		{"attribute": "ethnicity", "group": "white", "falsePositiveRate": 0.23},
	])
	inp := results([
		{"attribute": "ethnicity", "group": "Black", "falsePositiveRate": 0.44},
		{"attribute": "ethnicity", "group": "white", "falsePositiveRate": 0.23},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_error_rates if {
	not rule.applies with input as {"spec": {}}
}
