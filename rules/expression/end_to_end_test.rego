package dria.rules.expression.end_to_end_test

import data.dria.rules.expression.end_to_end as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 3000000, "groups": ["journalists"]},
	"data": {"encryption": {"inTransit": true, "endToEnd": false}},
}}

test_fires_on_unencrypted_messaging if {
	some f in rule.findings with input as base
	contains(f.msg, "`endToEnd: false`")
	contains(f.msg, "`messaging`")
	contains(f.msg, "3,000,000 people")
	contains(f.msg, "`journalists`")
	"/spec/data/encryption/endToEnd" in f.paths
}

test_fires_on_social_media_direct_messages if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["social-media"]},
		{"op": "add", "path": "/spec/data/categories", "value": ["communications-content"]},
	])
	contains(f.msg, "direct messages")
}

test_quiet_on_social_media_without_messages if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["social-media"],
	}])
}

test_fires_when_not_stated_on_messaging if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/encryption/endToEnd"}])
	contains(f.msg, "is not stated")
}

test_quiet_with_end_to_end if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/encryption/endToEnd",
		"value": true,
	}])
}

test_quiet_without_at_risk_groups if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["workers"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["public-services"]},
		"data": {"encryption": {"endToEnd": false}},
	}}
}
