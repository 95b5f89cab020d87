package dria.rules.fairness.small_samples_test

import data.dria.rules.fairness.small_samples as rule

test_fires_on_groups_under_thirty_people if {
	inp := {"spec": {"ai": {"biasTesting": {"results": [
		{"attribute": "age", "group": "18-25", "sampleSize": 12, "selectionRate": 0.3},
		{"attribute": "age", "group": "26-50", "sampleSize": 300, "selectionRate": 0.3},
		{"attribute": "disability", "group": "disabled", "sampleSize": 29},
	]}}}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"the bias test results for `18-25` (age, 12 people) and `disabled` (disability, 29 people)",
		"rest on fewer than 30 people each, too few to be conclusive",
	])
	f.paths == ["/spec/ai/biasTesting/results/0/sampleSize", "/spec/ai/biasTesting/results/2/sampleSize"]
}

test_quiet_from_thirty_or_when_sizes_not_stated if {
	inp := {"spec": {"ai": {"biasTesting": {"results": [
		{"attribute": "age", "group": "18-25", "sampleSize": 30},
		{"attribute": "age", "group": "26-50"},
	]}}}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_results if {
	not rule.applies with input as {"spec": {"ai": {"biasTesting": {"performed": true}}}}
}
