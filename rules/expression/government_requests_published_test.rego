package dria.rules.expression.government_requests_published_test

import data.dria.rules.expression.government_requests_published as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 1500000},
	"data": {"sharing": [
		{"recipient": "Researchers", "type": "researchers"},
		{"recipient": "State Security Service", "type": "intelligence"},
	]},
	"expression": {"governmentRequests": {"policy": false, "legalReview": false, "published": false}},
}}

test_fires_when_not_published if {
	some f in rule.findings with input as base
	contains(f.msg, "requests received and answered are not published (`published: false`) (1,500,000 people)")
	f.paths == ["/spec/expression/governmentRequests/published", "/spec/data/sharing/1"]
}

test_quiet_when_published if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/governmentRequests/published",
		"value": true,
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
