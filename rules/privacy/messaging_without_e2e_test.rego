package dria.rules.privacy.messaging_without_e2e_test

import data.dria.rules.privacy.messaging_without_e2e as rule

base := {"spec": {
	"context": {"domains": ["messaging"]},
	"affected": {"people": 40000000},
	"data": {
		"categories": ["contact", "communications-content", "communications-metadata"],
		"encryption": {"atRest": true, "inTransit": true, "endToEnd": false},
	},
}}

test_fires_without_e2e if {
	some f in rule.findings with input as base
	contains(f.msg, "`communications-content` and `communications-metadata` data of 40,000,000 people")
	contains(f.msg, "`endToEnd: false`")
	"/spec/data/encryption/endToEnd" in f.paths
}

test_fires_when_e2e_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/encryption/endToEnd"}])
	contains(f.msg, "end-to-end encryption is not stated")
}

test_quiet_with_e2e if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/encryption/endToEnd",
		"value": true,
	}])
}

test_quiet_without_communications_data if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["contact"],
	}])
}

test_not_applicable_outside_messaging if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["health"],
	}])
}
