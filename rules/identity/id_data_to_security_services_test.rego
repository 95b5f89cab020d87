package dria.rules.identity.id_data_to_security_services_test

import data.dria.rules.identity.id_data_to_security_services as rule

base := {"spec": {
	"context": {"domains": ["digital-identity"]},
	"affected": {"people": 32000000},
	"data": {
		"categories": ["identity", "biometric", "contact"],
		"sharing": [
			{"recipient": "Banks", "type": "commercial", "purpose": "KYC"},
			{
				"recipient": "National Police Service",
				"type": "law-enforcement",
				"purpose": "Biometric search of the repository",
				"legalBasis": "Police Act s.35; no warrant required",
			},
			{"recipient": "National Intelligence Service", "type": "intelligence", "purpose": "Bulk access to the register"},
		],
	},
	"surveillance": {"judicialAuthorisation": false},
}}

test_fires_for_each_security_recipient if {
	count(rule.findings) == 2 with input as base
}

test_fires_for_police_without_warrant if {
	some f in rule.findings with input as base
	contains(f.msg, "`National Police Service`")
	contains(f.msg, "`biometric` and `identity` data on 32,000,000 people")
	contains(f.msg, "`Police Act s.35; no warrant required`")
	"/spec/data/sharing/1" in f.paths
}

test_fires_for_intelligence_without_basis if {
	some f in rule.findings with input as base
	contains(f.msg, "`National Intelligence Service`")
	contains(f.msg, "no legal basis or prior judicial authorisation is stated")
	"/spec/data/sharing/2" in f.paths
}

test_quiet_with_judicial_authorisation if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
}

test_quiet_for_disclosure_on_court_order if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/data/sharing/1/legalBasis", "value": "Court order in an individual criminal case"},
		{"op": "remove", "path": "/spec/data/sharing/2"},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_security_recipients if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/sharing",
		"value": [{"recipient": "Banks", "type": "commercial"}],
	}])
}

test_not_applicable_outside_identity if {
	not rule.applies with input as {"spec": {"context": {"domains": ["messaging"]}}}
}

test_judges_each_disclosure_on_what_it_includes if {
	inp := json.patch(base, [
		{"op": "add", "path": "/spec/data/sharing/1/dataCategories", "value": ["contact"]},
		{"op": "add", "path": "/spec/data/sharing/2/dataCategories", "value": ["biometric"]},
	])
	count(rule.findings) == 1 with input as inp
	some f in rule.findings with input as inp
	contains(f.msg, "holding `biometric` data on 32,000,000 people, discloses data to `National Intelligence Service`")
	f.paths == [
		"/spec/data/sharing/2",
		"/spec/data/sharing/2/dataCategories",
		"/spec/surveillance/judicialAuthorisation",
	]
}
