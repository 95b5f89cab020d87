package dria.rules.accountability.stakeholder_consultation_test

import data.dria.rules.accountability.stakeholder_consultation as rule

base := {"spec": {
	"affected": {"people": 2400000, "groups": ["voters", "elderly", "persons-with-disabilities"]},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {"impactAssessments": [{
		"type": "dpia",
		"date": "2023-09-18",
		"published": true,
		"consulted": ["experts"],
	}]},
}}

test_fires_experts_only if {
	some f in rule.findings with input as base
	contains(f.msg, "consulted: `experts`")
	contains(f.msg, "2,400,000 people, including `elderly` and `persons-with-disabilities`")
	"/spec/accountability/impactAssessments/0/consulted" in f.paths
	"/spec/affected/groups" in f.paths
}

test_fires_nobody_consulted if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/impactAssessments/0/consulted", "value": []}])
	some f in rule.findings with input as inp
	contains(f.msg, "nobody was consulted")
}

test_consultation_not_stated_is_not_nobody if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability/impactAssessments/0/consulted"}])
	some f in rule.findings with input as inp
	startswith(
		f.msg,
		concat(" ", [
			"the only impact assessment is not stated to have consulted the",
			"people affected or civil society (who was consulted is not stated)",
		]),
	)
	not contains(f.msg, "nobody")
}

test_several_assessments_consultation_not_stated if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accountability/impactAssessments/0/consulted"},
		{"op": "add", "path": "/spec/accountability/impactAssessments/-", "value": {"type": "hria"}},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, "none of the 2 impact assessments is stated to have consulted")
}

test_fires_without_vulnerable_groups if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/affected/groups", "value": ["voters"]}])
	some f in rule.findings with input as inp
	endswith(f.msg, "affects 2,400,000 people")
	"/spec/affected" in f.paths
}

test_single_assessment_wording if {
	some f in rule.findings with input as base
	startswith(f.msg, "the only impact assessment did not consult the people affected or civil society")
}

test_several_assessments_wording if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "hria", "consulted": ["nhri"]},
	}])
	some f in rule.findings with input as inp
	startswith(
		f.msg,
		"none of the 2 impact assessments consulted the people affected or civil society (consulted: `experts` and `nhri`)",
	)
	"/spec/accountability/impactAssessments/1/consulted" in f.paths
}

test_quiet_with_civil_society if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "hria", "consulted": ["civil-society"]},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_workers_when_workers_affected if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/affected/groups", "value": ["workers"]},
		{"op": "replace", "path": "/spec/accountability/impactAssessments/0/consulted", "value": ["workers"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_workers_do_not_count_when_not_affected if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments/0/consulted",
		"value": ["workers"],
	}])
	count(rule.findings) == 1 with input as inp
}

test_not_applicable_without_assessments if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [],
	}])
}

test_not_applicable_low_impact if {
	not rule.applies with input as {"spec": {
		"affected": {"groups": ["voters"]},
		"decisions": {"automation": "none"},
		"accountability": {"impactAssessments": [{"type": "dpia", "consulted": []}]},
	}}
}

test_applies_for_sensitive_domain if {
	rule.applies with input as {"spec": {
		"context": {"domains": ["health"]},
		"accountability": {"impactAssessments": [{"type": "dpia", "consulted": []}]},
	}}
}

test_applies_for_vulnerable_groups if {
	rule.applies with input as {"spec": {
		"affected": {"groups": ["children"]},
		"accountability": {"impactAssessments": [{"type": "dpia", "consulted": []}]},
	}}
}
