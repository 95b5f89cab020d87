package dria.rules.expression.shutdown_policy_test

import data.dria.rules.expression.shutdown_policy as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 12000000, "groups": ["human-rights-defenders"]},
	"expression": {"shutdownResistance": {"policy": false}},
}}

test_fires_without_policy if {
	some f in rule.findings with input as base
	contains(f.msg, "`shutdownResistance.policy: false`")
	contains(f.msg, "12,000,000 people")
	contains(f.msg, "`human-rights-defenders`")
	"/spec/expression/shutdownResistance/policy" in f.paths
}

test_fires_on_social_media_without_policy if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["social-media"]},
		"expression": {"shutdownResistance": {"policy": false}},
	}}
	contains(f.msg, "`social-media`")
}

test_fires_when_not_stated_for_defenders if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/expression/shutdownResistance",
	}])
	contains(f.msg, "is stated")
	"/spec/affected/groups" in f.paths
}

test_quiet_when_not_stated_without_at_risk_groups if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"affected": {"groups": ["children"]},
	}}
}

test_quiet_with_policy if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/shutdownResistance/policy",
		"value": true,
	}])
}

test_quiet_on_search_engine if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["search"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
