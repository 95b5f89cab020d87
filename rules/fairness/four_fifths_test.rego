package dria.rules.fairness.four_fifths_test

import data.dria.rules.fairness.four_fifths as rule

results(rs) := {"spec": {"ai": {"biasTesting": {"performed": true, "results": rs}}}}

test_fires_below_four_fifths if {
	inp := results([
		{"attribute": "sex", "group": "women", "sampleSize": 400, "selectionRate": 0.3},
		{"attribute": "sex", "group": "men", "sampleSize": 420, "selectionRate": 0.45},
		{"attribute": "age", "group": "over 50", "selectionRate": 0.4},
		{"attribute": "age", "group": "under 50", "selectionRate": 0.42},
	])
	count(rule.findings) == 1 with input as inp
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"four-fifths rule: by `sex`, the selection rate of `women` (0.3) is 0.67 of that of `men` (0.45),",
		"below 0.8",
	])
	f.paths == ["/spec/ai/biasTesting/results"]
}

test_notes_a_small_sample if {
	inp := results([
		{"attribute": "nationality", "group": "non-EU", "sampleSize": 12, "selectionRate": 0.3},
		{"attribute": "nationality", "group": "EU", "sampleSize": 900, "selectionRate": 0.5},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, "below 0.8; the figures for `non-EU` rest on 12 people, too few to be conclusive")
}

test_quiet_at_four_fifths_and_below_half if {
	at := results([
		{"attribute": "sex", "group": "women", "selectionRate": 0.4},
		{"attribute": "sex", "group": "men", "selectionRate": 0.5},
	])
	count(rule.findings) == 0 with input as at
	half := results([
		{"attribute": "sex", "group": "women", "selectionRate": 0.2},
		{"attribute": "sex", "group": "men", "selectionRate": 0.5},
	])
	count(rule.findings) == 0 with input as half
}

test_groups_of_different_attributes_are_not_compared if {
	inp := results([
		{"attribute": "sex", "group": "women", "selectionRate": 0.3},
		{"attribute": "age", "group": "over 50", "selectionRate": 0.5},
	])
	not rule.applies with input as inp
}
