package dria.rules.identity.biometric_store_unprotected_test

import data.dria.rules.identity.biometric_store_unprotected as rule

base := {"spec": {
	"context": {"domains": ["digital-identity"]},
	"affected": {"people": 5000000},
	"data": {
		"categories": ["identity", "biometric"],
		"encryption": {"atRest": false, "inTransit": true, "endToEnd": false},
	},
	"components": [
		{"name": "enrolment-app", "kind": "mobile-app", "dataCategories": ["biometric"]},
		{"name": "central-repository", "kind": "database", "dataCategories": ["identity", "biometric"]},
	],
}}

test_fires_for_unencrypted_biometric_database if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	contains(f.msg, "5,000,000 people")
	contains(f.msg, "`central-repository`")
	contains(f.msg, "`atRest: false`")
	"/spec/components/1" in f.paths
	"/spec/data/encryption" in f.paths
}

test_fires_when_encryption_not_stated_and_no_components if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/components"},
		{"op": "remove", "path": "/spec/data/encryption"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "the identity register")
	contains(f.msg, "is not stated")
}

test_quiet_with_encryption_at_rest if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/encryption/atRest",
		"value": true,
	}])
}

test_quiet_with_end_to_end_protection if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/encryption/endToEnd",
		"value": true,
	}])
}

test_quiet_when_biometrics_stay_on_device if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/components/1/dataCategories", "value": ["identity"]}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_biometrics if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["identity"],
	}])
}
