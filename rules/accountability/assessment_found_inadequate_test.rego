package dria.rules.accountability.assessment_found_inadequate_test

import data.dria.rules.accountability.assessment_found_inadequate as rule

base := {"spec": {
	"affected": {"people": 750000},
	"accountability": {"impactAssessments": [
		{"type": "hria", "date": "2023-01-01"},
		{
			"type": "dpia",
			"date": "2023-05-02",
			"status": "found-inadequate",
			"statusSource": "High Court of Kenya, [2025] KEHC 5629 (KLR)",
		},
	]},
}}

test_fires_for_each_assessment_found_inadequate if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the `dpia` impact assessment of 2023-05-02 was found inadequate by ",
		"`High Court of Kenya, [2025] KEHC 5629 (KLR)`, so it does not count as done ",
		"for a system affecting 750,000 people",
	])
	f.paths == ["/spec/accountability/impactAssessments/1/status"]
}

test_says_when_the_source_is_not_stated if {
	some f in rule.findings with input as {"spec": {"accountability": {"impactAssessments": [{
		"type": "fria",
		"status": "found-inadequate",
	}]}}}
	contains(f.msg, "the `fria` impact assessment was found inadequate (by whom is not stated)")
}

test_quiet_for_other_statuses if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments/1/status",
		"value": "disputed",
	}])
}

test_not_applicable_without_assessments if {
	not rule.applies with input as {"spec": {"accountability": {"impactAssessments": []}}}
}
