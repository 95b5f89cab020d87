package dria.rules.expression.government_requests_review_test

import data.dria.rules.expression.government_requests_review as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 1500000},
	"data": {"sharing": [
		{"recipient": "Researchers", "type": "researchers"},
		{"recipient": "State Security Service", "type": "intelligence"},
	]},
	"expression": {"governmentRequests": {"policy": false, "legalReview": false, "published": false}},
}}

test_fires_without_legal_review if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"government takedown and data requests get no legal review one by one (`legalReview: false`) ",
		"(1,500,000 people); data is disclosed to `State Security Service`",
	])
	f.paths == ["/spec/expression/governmentRequests/legalReview", "/spec/data/sharing/1"]
}

test_quiet_with_legal_review if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/governmentRequests/legalReview",
		"value": true,
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
