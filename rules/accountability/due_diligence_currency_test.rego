package dria.rules.accountability.due_diligence_currency_test

import data.dria.rules.accountability.due_diligence_currency as rule

# 2026-01-01T00:00:00Z, the assessment date used in these tests.
now := 1767225600000000000

base := {"spec": {
	"context": {"domains": ["social-benefits"], "lifecycle": "production"},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {
		"impactAssessments": [
			{"type": "dpia", "date": "2019-02-14"},
			{"type": "hria", "date": "2020-06-01"},
		],
		"dueDiligence": {"ongoing": false},
	},
}}

test_fires_one_off_and_stale if {
	fs := rule.findings with input as base with data.dria.lib.today_ns as now
	count(fs) == 2
	some f1 in fs
	contains(f1.msg, "`dueDiligence.ongoing: false`")
	contains(f1.msg, "a system in `production` that affects 185,000 people")
	"/spec/accountability/dueDiligence/ongoing" in f1.paths
	some f2 in fs
	contains(f2.msg, "(`hria`, `2020-06-01`) is 5 years old")
	"/spec/accountability/impactAssessments/1/date" in f2.paths
}

test_fires_long_review_interval if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/accountability/dueDiligence", "value": {"ongoing": true, "reviewMonths": 24}},
		{
			"op": "replace",
			"path": "/spec/accountability/impactAssessments",
			"value": [{"type": "dpia", "date": "2025-06-01"}],
		},
	])
	fs := rule.findings with input as inp with data.dria.lib.today_ns as now
	count(fs) == 1
	some f in fs
	contains(f.msg, "every 24 months")
	"/spec/accountability/dueDiligence/reviewMonths" in f.paths
}

test_review_interval_ignored_when_one_off if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/accountability/dueDiligence", "value": {"ongoing": false, "reviewMonths": 24}},
		{"op": "replace", "path": "/spec/accountability/impactAssessments", "value": []},
	])
	fs := rule.findings with input as inp with data.dria.lib.today_ns as now
	count(fs) == 1
}

test_quiet_when_current if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/accountability/dueDiligence", "value": {"ongoing": true, "reviewMonths": 12}},
		{"op": "add", "path": "/spec/accountability/impactAssessments/-", "value": {"type": "fria", "date": "2024-03-01"}},
	])
	count(rule.findings) == 0 with input as inp with data.dria.lib.today_ns as now
}

test_undated_assessments_ignored if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/accountability/dueDiligence", "value": {"ongoing": true}},
		{"op": "replace", "path": "/spec/accountability/impactAssessments", "value": [{"type": "dpia"}]},
	])
	count(rule.findings) == 0 with input as inp with data.dria.lib.today_ns as now
}

test_no_lifecycle_text if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context/lifecycle"}])
	some f in rule.findings with input as inp with data.dria.lib.today_ns as now
	endswith(f.msg, "affects 185,000 people")
}

test_not_applicable_when_retired if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/lifecycle",
		"value": "retired",
	}])
}

test_not_applicable_low_impact if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"decisions": {"automation": "partial", "legalEffect": false},
	}}
}

test_applies_for_profiling if {
	rule.applies with input as {"spec": {"ai": {"techniques": ["profiling"]}}}
}
