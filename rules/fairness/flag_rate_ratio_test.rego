package dria.rules.fairness.flag_rate_ratio_test

import data.dria.rules.fairness.flag_rate_ratio as rule

results(rs) := {"spec": {"ai": {"biasTesting": {"results": rs}}}}

test_fires_from_one_and_a_quarter if {
	inp := results([
		{"attribute": "household", "group": "single parents", "flagRate": 0.15},
		{"attribute": "household", "group": "couples", "flagRate": 0.1},
		{"attribute": "household", "group": "singles", "flagRate": 0.11},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"flag-rate ratio: by `household`, `single parents` is flagged (0.15) 1.5 times as often as",
		"`couples` (0.1)",
	])
}

test_quiet_below_one_and_a_quarter_and_from_twice if {
	below := results([
		{"attribute": "sex", "group": "women", "flagRate": 0.12},
		{"attribute": "sex", "group": "men", "flagRate": 0.1},
	])
	count(rule.findings) == 0 with input as below
	twice := results([
		{"attribute": "sex", "group": "women", "flagRate": 0.2},
		{"attribute": "sex", "group": "men", "flagRate": 0.1},
	])
	count(rule.findings) == 0 with input as twice
}

test_not_applicable_with_one_group if {
	not rule.applies with input as results([{"attribute": "sex", "group": "women", "flagRate": 0.2}])
}
