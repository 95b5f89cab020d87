package dria.rules.privacy.sensitive_unencrypted_test

import data.dria.rules.privacy.sensitive_unencrypted as rule

base := {"spec": {
	"affected": {"people": 18000000},
	"data": {
		"categories": ["contact", "political-opinion", "religion"],
		"encryption": {"atRest": false, "inTransit": true},
	},
}}

test_fires_when_not_encrypted_at_rest if {
	some f in rule.findings with input as base
	contains(
		f.msg,
		"holds `political-opinion` and `religion` data of 18,000,000 people, and they are not encrypted at rest",
	)
	f.paths == ["/spec/data/categories", "/spec/data/encryption/atRest"]
}

test_fires_for_communications_in_clear_transit if {
	some f in rule.findings with input as {"spec": {"data": {
		"categories": ["communications-content"],
		"encryption": {"atRest": true, "inTransit": false},
	}}}
	contains(f.msg, "`communications-content` data")
	contains(f.msg, "not encrypted in transit")
}

test_fires_when_not_stated_at_scale if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/encryption"}])
	contains(f.msg, "encryption at rest is not stated and encryption in transit is not stated")
}

test_quiet_when_not_stated_small_scale if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"people": 300}, "data": {"categories": ["health"]}}}
}

test_quiet_when_encrypted if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/encryption/atRest",
		"value": true,
	}])
}

test_not_applicable_for_ordinary_data if {
	not rule.applies with input as {"spec": {"data": {"categories": ["contact"], "encryption": {"atRest": false}}}}
}
