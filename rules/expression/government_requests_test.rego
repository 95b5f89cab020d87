package dria.rules.expression.government_requests_test

import data.dria.rules.expression.government_requests as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 1500000},
	"data": {"sharing": [
		{"recipient": "Researchers", "type": "researchers"},
		{"recipient": "State Security Service", "type": "intelligence"},
	]},
	"expression": {"governmentRequests": {"policy": false, "legalReview": false, "published": false}},
}}

test_fires_without_policy if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	f.msg == concat("", [
		"government takedown and data requests are handled with no policy (`policy: false`) ",
		"(1,500,000 people); data is disclosed to `State Security Service`",
	])
	f.paths == ["/spec/expression/governmentRequests/policy", "/spec/data/sharing/1"]
}

test_fires_when_policy_not_stated_but_data_disclosed if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/expression/governmentRequests",
	}])
	contains(f.msg, "no policy stated although data is disclosed to state authorities")
}

test_quiet_when_policy_not_stated_and_no_disclosure if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"data": {"sharing": [{"recipient": "Researchers", "type": "researchers"}]},
	}}
}

test_leaves_review_and_publication_to_their_rules if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/governmentRequests/policy",
		"value": true,
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
