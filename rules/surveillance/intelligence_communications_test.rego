package dria.rules.surveillance.intelligence_communications_test

import data.dria.rules.surveillance.intelligence_communications as rule

intel := {"spec": {
	"affected": {"people": 9000000},
	"data": {
		"categories": ["identity", "communications-metadata"],
		"sharing": [
			{"recipient": "Tax office", "type": "other-public-body"},
			{"recipient": "National Intelligence Service", "type": "intelligence", "purpose": "Counter-terrorism queries"},
		],
	},
	"surveillance": {"judicialAuthorisation": false},
}}

test_fires_on_communications_data_to_intelligence if {
	some f in rule.findings with input as intel
	f.msg == concat("", [
		"the system holds `communications-metadata` data and shares it with the intelligence service ",
		"`National Intelligence Service` (purpose: `Counter-terrorism queries`), affecting 9,000,000 people, ",
		"and no judge or independent body authorises each use in advance (`judicialAuthorisation: false`)",
	])
	f.paths == ["/spec/data/categories", "/spec/data/sharing/1", "/spec/surveillance/judicialAuthorisation"]
}

test_judges_each_recipient_on_what_it_gets if {
	inp := json.patch(intel, [{"op": "add", "path": "/spec/data/sharing/1/dataCategories", "value": ["identity"]}])
	count(rule.findings) == 0 with input as inp
	some f in rule.findings with input as json.patch(inp, [{
		"op": "replace",
		"path": "/spec/data/sharing/1/dataCategories",
		"value": ["communications-metadata"],
	}])
	"/spec/data/sharing/1/dataCategories" in f.paths
}

test_leaves_bulk_access_to_surv_005 if {
	count(rule.findings) == 0 with input as json.patch(intel, [{
		"op": "replace",
		"path": "/spec/data/sharing/1/purpose",
		"value": "Bulk access to the register",
	}])
}

test_quiet_with_judicial_authorisation if {
	count(rule.findings) == 0 with input as json.patch(intel, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
}

test_not_applicable_without_intelligence_recipients if {
	not rule.applies with input as json.patch(intel, [{"op": "remove", "path": "/spec/data/sharing/1"}])
}

test_fires_beside_an_interception_capability if {
	count(rule.findings) == 1 with input as json.patch(intel, [{
		"op": "add",
		"path": "/spec/surveillance/lawfulInterception",
		"value": true,
	}])
}
