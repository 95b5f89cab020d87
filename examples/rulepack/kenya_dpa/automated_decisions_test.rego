package dria.rules.kenya_dpa.automated_decisions_test

import data.dria.rules.kenya_dpa.automated_decisions as rule

doc := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"affected": {"people": 400000},
	"decisions": {"automation": "full", "legalEffect": true, "humanReview": {"available": false}},
}}

test_fires_without_human_intervention if {
	some f in rule.findings with input as doc
	contains(f.msg, "400,000 people")
}

test_quiet_with_human_review if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview/available",
		"value": true,
	}])
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}
