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
	some f in rule.findings with input as base
	contains(f.msg, "`policy: false`")
	contains(f.msg, "`legalReview: false`")
	contains(f.msg, "`published: false`")
	contains(f.msg, "`State Security Service`")
	contains(f.msg, "1,500,000 people")
	"/spec/data/sharing/1" in f.paths
	not "/spec/data/sharing/0" in f.paths
	"/spec/expression/governmentRequests" in f.paths
}

test_fires_on_unpublished_only if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/governmentRequests",
		"value": {"policy": true, "legalReview": true, "published": false},
	}])
	contains(f.msg, "`published: false`")
	not contains(f.msg, "`policy: false`")
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

test_quiet_with_full_safeguards if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/governmentRequests",
		"value": {"policy": true, "legalReview": true, "published": true},
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
