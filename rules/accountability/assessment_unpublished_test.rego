package dria.rules.accountability.assessment_unpublished_test

import data.dria.rules.accountability.assessment_unpublished as rule

base := {"spec": {
	"affected": {"people": 650000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"accountability": {"impactAssessments": [
		{"type": "dpia", "date": "2023-06-20", "published": false},
		{"type": "hria", "date": "2024-01-10", "published": false},
	]},
}}

test_fires_when_none_published if {
	some f in rule.findings with input as base
	contains(f.msg, "`dpia 2023-06-20` and `hria 2024-01-10` unpublished")
	contains(f.msg, "650,000 people")
	"/spec/accountability/impactAssessments/0/published" in f.paths
	"/spec/accountability/impactAssessments/1/published" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_for_public_sector_without_legal_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/context", "value": {"sector": "public"}},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "run by the public sector")
}

test_fires_for_sensitive_domain if {
	inp := {"spec": {
		"context": {"domains": ["elections"]},
		"accountability": {"impactAssessments": [{"type": "dpia", "published": false}]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "operates in `elections`")
	contains(f.msg, "`dpia undated`")
}

test_quiet_when_one_published if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments/1/published",
		"value": true,
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_publication_not_stated if {
	inp := {"spec": {"context": {"domains": ["elections"]}, "accountability": {"impactAssessments": [{"type": "dpia"}]}}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_assessments if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [],
	}])
}

test_not_applicable_low_impact if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}
