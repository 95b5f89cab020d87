package dria.rules.fairness.flag_rate_ratio_double_test

import data.dria.rules.fairness.flag_rate_ratio_double as rule

results(rs) := {"spec": {"ai": {"biasTesting": {"results": rs}}}}

test_fires_from_twice if {
	inp := results([
		{"attribute": "nationality", "group": "dual nationals", "sampleSize": 800, "flagRate": 0.09},
		{"attribute": "nationality", "group": "Dutch only", "sampleSize": 9000, "flagRate": 0.03},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"flag-rate ratio: by `nationality`, `dual nationals` is flagged (0.09) 3 times as often as",
		"`Dutch only` (0.03)",
	])
}

test_fires_when_one_group_is_never_flagged if {
	inp := results([
		{"attribute": "sex", "group": "women", "sampleSize": 20, "flagRate": 0.05},
		{"attribute": "sex", "group": "men", "flagRate": 0},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"flag-rate ratio: by `sex`, `women` is flagged (0.05) while `men` never is (0); the figures for",
		"`women` rest on 20 people, too few to be conclusive",
	])
}

test_quiet_below_twice if {
	inp := results([
		{"attribute": "sex", "group": "women", "flagRate": 0.15},
		{"attribute": "sex", "group": "men", "flagRate": 0.1},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_when_marked if {
	inp := object.union(
		results([
			{"attribute": "sex", "group": "women", "flagRate": 0.3},
			{"attribute": "sex", "group": "men", "flagRate": 0.1},
		]),
		{"spec": {"notApplicable": [{"field": "ai.biasTesting.results", "reason": "r"}]}},
	)
	not rule.applies with input as inp
}
