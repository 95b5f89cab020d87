package dria.rules.privacy.transfer_without_tia_test

import data.dria.rules.privacy.transfer_without_tia as rule

base := {"spec": {
	"context": {"jurisdictions": ["DE"]},
	"affected": {"people": 120000},
	"data": {
		"categories": ["health", "contact"],
		"transfers": [
			{"country": "US", "safeguard": "scc", "impactAssessment": false},
			{"country": "IN", "safeguard": "bcr", "impactAssessment": true},
			{"country": "GB", "safeguard": "adequacy", "impactAssessment": false},
		],
	},
}}

test_fires_on_clauses_without_assessment if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	contains(f.msg, "data of 120,000 people are transferred to `US` on standard contractual clauses (`safeguard: scc`)")
	endswith(f.msg, "(`impactAssessment: false`), including `health` data")
	f.paths == ["/spec/data/transfers/0/impactAssessment", "/spec/data/transfers/0/safeguard"]
}

test_quiet_when_assessment_is_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/data/transfers/0/impactAssessment",
	}])
}

test_quiet_inside_the_eea if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/transfers/0/country",
		"value": "FR",
	}])
}

test_not_applicable_without_clauses if {
	not rule.applies with input as {"spec": {"data": {"transfers": [{"country": "JP", "safeguard": "adequacy"}]}}}
}
