package dria.rules.privacy.consent_not_free_test

import data.dria.rules.privacy.consent_not_free as rule

base := {"spec": {
	"affected": {"people": 750000},
	"data": {
		"categories": ["biometric", "identity"],
		"lawfulBases": ["consent"],
		"specialCategoryConditions": ["explicit-consent"],
		"consent": {"used": true, "incentive": true, "freelyGiven": false, "informed": true},
	},
}}

test_fires_on_payment_for_data if {
	some f in rule.findings with input as base
	contains(f.msg, "data of 750,000 people relies on consent for `biometric` data (explicit consent)")
	contains(f.msg, "people are paid or given something of value for their data (`incentive: true`)")
	contains(f.msg, "people cannot refuse without detriment (`freelyGiven: false`)")
	f.paths == [
		"/spec/data/consent/used",
		"/spec/data/lawfulBases",
		"/spec/data/specialCategoryConditions",
		"/spec/data/consent/freelyGiven",
		"/spec/data/consent/incentive",
	]
}

test_fires_on_bundled_condition_of_service if {
	some f in rule.findings with input as {"spec": {"data": {
		"categories": ["contact"],
		"lawfulBases": ["consent"],
		"consent": {"bundled": true, "conditionOfService": true},
	}}}
	f.msg == concat("", [
		"the processing of data of an unstated number of people relies on consent, but the consent is not freely given: ",
		"consent is bundled with other terms (`bundled: true`); ",
		"the service is refused to people who do not consent (`conditionOfService: true`)",
	])
	f.paths == ["/spec/data/lawfulBases", "/spec/data/consent/bundled", "/spec/data/consent/conditionOfService"]
}

test_quiet_for_free_consent if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/consent",
		"value": {"used": true, "incentive": false, "freelyGiven": true, "bundled": false},
	}])
}

# Unstated elements are not failures.
test_quiet_when_elements_are_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/consent",
		"value": {"used": true},
	}])
}

test_not_applicable_without_consent if {
	not rule.applies with input as {"spec": {"data": {
		"lawfulBases": ["contract"],
		"consent": {"used": false, "incentive": true},
	}}}
}
