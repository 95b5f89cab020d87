package dria.rules.expression.real_name_test

import data.dria.rules.expression.real_name as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 800000, "groups": ["activists", "journalists", "children"]},
	"data": {"categories": ["contact", "government-id"]},
	"expression": {"anonymousUse": false},
}}

test_fires_for_activists_and_journalists if {
	some f in rule.findings with input as base
	contains(f.msg, "`activists` and `journalists`")
	contains(f.msg, "`anonymousUse: false`")
	contains(f.msg, "`government-id`")
	contains(f.msg, "800,000 people")
	"/spec/expression/anonymousUse" in f.paths
	"/spec/affected/groups" in f.paths
}

test_quiet_with_anonymous_use if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/anonymousUse",
		"value": true,
	}])
}

test_quiet_without_at_risk_groups if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["children"],
	}])
}

test_quiet_on_search_service if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["search"],
	}])
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/expression/anonymousUse"}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}

test_fires_on_social_media_without_id_documents if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["social-media"]},
		{"op": "replace", "path": "/spec/data/categories", "value": ["contact"]},
	])
	contains(f.msg, "`social-media`")
	not contains(f.msg, "government-id")
}
