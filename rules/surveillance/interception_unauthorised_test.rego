package dria.rules.surveillance.interception_unauthorised_test

import data.dria.rules.surveillance.interception_unauthorised as rule

base := {"spec": {
	"affected": {"people": 60000000},
	"surveillance": {"lawfulInterception": true, "judicialAuthorisation": false},
}}

test_fires_for_interception_without_warrant if {
	some f in rule.findings with input as base
	contains(f.msg, "`lawfulInterception: true`")
	contains(f.msg, "60,000,000 people")
	contains(f.msg, "`judicialAuthorisation: false`")
	"/spec/surveillance/lawfulInterception" in f.paths
	"/spec/surveillance/judicialAuthorisation" in f.paths
}

test_fires_when_authorisation_not_stated if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/surveillance/judicialAuthorisation",
	}])
	contains(f.msg, "not stated")
}

test_quiet_with_judicial_authorisation if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
}

test_quiet_without_interception if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/lawfulInterception",
		"value": false,
	}])
}

intel := {"spec": {
	"data": {
		"categories": ["identity", "biometric"],
		"sharing": [
			{"recipient": "Tax office", "type": "other-public-body", "purpose": "bulk tax checks"},
			{
				"recipient": "National Intelligence Service",
				"type": "intelligence",
				"purpose": "Bulk access to the identity register",
			},
		],
	},
	"surveillance": {"judicialAuthorisation": false},
}}

test_fires_on_bulk_access_by_intelligence if {
	count(rule.findings) == 1 with input as intel
	some f in rule.findings with input as intel
	contains(f.msg, "gives bulk access to its data to the intelligence service `National Intelligence Service`")
	contains(f.msg, "`National Intelligence Service`")
	"/spec/data/sharing/1" in f.paths
	"/spec/data/sharing/1/purpose" in f.paths
}

test_quiet_on_targeted_non_communications_sharing if {
	inp := json.patch(intel, [{
		"op": "replace",
		"path": "/spec/data/sharing/1/purpose",
		"value": "Vetting of named applicants",
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_on_intelligence_sharing_with_authorisation if {
	count(rule.findings) == 0 with input as json.patch(intel, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
}

test_not_applicable_without_surveillance_or_intelligence if {
	not rule.applies with input as {"spec": {"data": {"sharing": [{"recipient": "Researchers", "type": "researchers"}]}}}
}

test_leaves_communications_data_to_surv_010 if {
	count(rule.findings) == 0 with input as json.patch(intel, [
		{"op": "replace", "path": "/spec/data/categories", "value": ["communications-metadata"]},
		{"op": "replace", "path": "/spec/data/sharing/1/purpose", "value": "Counter-terrorism queries"},
	])
}
