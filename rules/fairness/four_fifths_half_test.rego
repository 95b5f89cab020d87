package dria.rules.fairness.four_fifths_half_test

import data.dria.rules.fairness.four_fifths_half as rule

results(rs) := {"spec": {"ai": {"biasTesting": {"results": rs}}}}

test_fires_below_half if {
	inp := results([
		{"attribute": "disability", "group": "disabled", "selectionRate": 0.1},
		{"attribute": "disability", "group": "not disabled", "selectionRate": 0.35},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"four-fifths rule: by `disability`, the selection rate of `disabled` (0.1) is 0.29 of that of",
		"`not disabled` (0.35), below half",
	])
}

test_quiet_from_half if {
	inp := results([
		{"attribute": "sex", "group": "women", "selectionRate": 0.25},
		{"attribute": "sex", "group": "men", "selectionRate": 0.5},
	])
	count(rule.findings) == 0 with input as inp
	none := results([
		{"attribute": "sex", "group": "women", "selectionRate": 0},
		{"attribute": "sex", "group": "men", "selectionRate": 0},
	])
	count(rule.findings) == 0 with input as none
}

test_not_applicable_without_selection_rates if {
	not rule.applies with input as results([
		{"attribute": "sex", "group": "women", "flagRate": 0.1},
		{"attribute": "sex", "group": "men", "flagRate": 0.2},
	])
}
