package dria.rules.accountability.rights_impact_assessment_test

import data.dria.rules.accountability.rights_impact_assessment as rule

base := {"spec": {
	"context": {"domains": ["social-benefits", "public-services"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"ai": {"used": true, "techniques": ["risk-scoring"]},
	"accountability": {"impactAssessments": [{"type": "dpia", "date": "2019-02-14", "published": false}]},
}}

test_fires_with_only_dpia if {
	some f in rule.findings with input as base
	contains(f.msg, "only `dpia 2019-02-14`")
	contains(f.msg, "(`automation: full`) on 185,000 people in `social-benefits`")
	"/spec/accountability/impactAssessments" in f.paths
	"/spec/context/domains" in f.paths
}

test_fires_with_empty_list if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/impactAssessments", "value": []}])
	some f in rule.findings with input as inp
	contains(f.msg, "`impactAssessments: []`")
}

test_fires_not_stated_with_legal_effect if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_fires_for_biometrics_outside_domains if {
	inp := {"spec": {
		"affected": {"people": 2000},
		"ai": {"techniques": ["facial-recognition"]},
		"accountability": {"impactAssessments": [{"type": "dpia"}]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "applies `facial-recognition` to 2,000 people")
	contains(f.msg, "`dpia undated`")
}

test_quiet_with_fria if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "fria", "date": "2025-01-01"},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_hria if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "hria", "date": "2025-01-01"},
	}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_low_risk_domain if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["messaging"],
	}])
}

test_not_applicable_without_ai if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/ai", "value": {"used": false}}])
}

test_fires_when_the_hria_was_found_inadequate if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "hria", "status": "found-inadequate", "statusSource": "Ombudsman report 2023"},
	}])
	contains(f.msg, "that holds is listed (the `hria` was found inadequate by `Ombudsman report 2023`)")
	"/spec/accountability/impactAssessments/1/status" in f.paths
}
