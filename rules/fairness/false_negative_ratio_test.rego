package dria.rules.fairness.false_negative_ratio_test

import data.dria.rules.fairness.false_negative_ratio as rule

results(rs) := {"spec": {"ai": {"biasTesting": {"results": rs}}}}

test_fires_where_the_favourable_outcome_is_measured if {
	inp := results([
		{"attribute": "age", "group": "over 50", "selectionRate": 0.3, "falseNegativeRate": 0.3},
		{"attribute": "age", "group": "under 50", "selectionRate": 0.35, "falseNegativeRate": 0.2},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"false-negative-rate ratio: by `age`, `over 50` is missed (0.3) 1.5 times as often as",
		"`under 50` (0.2)",
	])
}

test_fires_when_one_group_is_never_missed if {
	inp := results([
		{"attribute": "age", "group": "over 50", "selectionRate": 0.3, "falseNegativeRate": 0.1},
		{"attribute": "age", "group": "under 50", "selectionRate": 0.35, "falseNegativeRate": 0},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, "false-negative-rate ratio: by `age`, `over 50` is missed (0.1) while `under 50` never is (0)")
}

test_quiet_below_one_and_a_quarter if {
	inp := results([
		{"attribute": "age", "group": "over 50", "selectionRate": 0.3, "falseNegativeRate": 0.22},
		{"attribute": "age", "group": "under 50", "selectionRate": 0.35, "falseNegativeRate": 0.2},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_for_adverse_outcomes if {
	not rule.applies with input as results([
		{"attribute": "age", "group": "over 50", "flagRate": 0.3, "falseNegativeRate": 0.3},
		{"attribute": "age", "group": "under 50", "flagRate": 0.35, "falseNegativeRate": 0.1},
	])
}
