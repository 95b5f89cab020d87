package dria.rules.kenya_dpa.breach_test

import data.dria.rules.kenya_dpa.breach as rule

doc := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"affected": {"people": 2000},
	"data": {"categories": ["health"]},
	"security": {"breachNotification": false},
}}

test_fires_without_process if {
	some f in rule.findings with input as doc
	contains(f.msg, "2,000 people")
}

test_fires_when_not_stated_for_sensitive_data if {
	some f in rule.findings with input as json.remove(doc, ["/spec/security"])
	contains(f.msg, "not stated")
}

test_quiet_with_process if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/security/breachNotification",
		"value": true,
	}])
}

test_not_applicable_without_personal_data if {
	not rule.applies with input as {"spec": {"context": {"jurisdictions": ["KE"]}, "data": {"categories": []}}}
}
