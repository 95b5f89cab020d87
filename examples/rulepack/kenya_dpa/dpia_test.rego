package dria.rules.kenya_dpa.dpia_test

import data.dria.rules.kenya_dpa.dpia as rule

kenyan := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"affected": {"people": 32000000},
	"data": {"categories": ["biometric", "identity"]},
}}

test_fires_without_dpia if {
	some f in rule.findings with input as kenyan
	contains(f.msg, "sensitive data (biometric)")
	contains(f.msg, "32,000,000 people")
}

test_quiet_with_dpia if {
	count(rule.findings) == 0 with input as json.patch(kenyan, [{
		"op": "add",
		"path": "/spec/accountability",
		"value": {"impactAssessments": [{"type": "dpia"}]},
	}])
}

test_quiet_for_low_risk_processing if {
	count(rule.findings) == 0 with input as json.patch(kenyan, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["contact"],
	}])
}

test_not_applicable_outside_kenya if {
	not rule.applies with input as {"spec": {"context": {"jurisdictions": ["UG"]}}}
}
