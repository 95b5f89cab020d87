package dria.rules.accountability.assessment_age_test

import data.dria.rules.accountability.assessment_age as rule

# 2026-01-01T00:00:00Z, the assessment date used in these tests.
now := 1767225600000000000

base := {"spec": {
	"context": {"domains": ["social-benefits"], "lifecycle": "production"},
	"affected": {"people": 185000},
	"accountability": {"impactAssessments": [
		{"type": "dpia", "date": "2019-02-14"},
		{"type": "hria", "date": "2020-06-01"},
	]},
}}

test_fires_when_the_latest_is_stale if {
	some f in rule.findings with input as base with data.dria.lib.today_ns as now
	f.msg == concat("", [
		"the most recent impact assessment (`hria`, `2020-06-01`) is 5 years old, ",
		"so it no longer reflects the system in use",
	])
	f.paths == ["/spec/accountability/impactAssessments/1/date"]
}

test_quiet_when_current if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "fria", "date": "2024-03-01"},
	}])
	count(rule.findings) == 0 with input as inp with data.dria.lib.today_ns as now
}

test_a_recent_assessment_found_inadequate_does_not_count if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "fria", "date": "2024-03-01", "status": "found-inadequate"},
	}])
	some f in rule.findings with input as inp with data.dria.lib.today_ns as now
	contains(f.msg, "(`hria`, `2020-06-01`)")
}

test_undated_assessments_ignored if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "dpia"}],
	}])
	count(rule.findings) == 0 with input as inp with data.dria.lib.today_ns as now
}

test_not_applicable_low_impact if {
	not rule.applies with input as {"spec": {"context": {"domains": ["messaging"]}}}
}
