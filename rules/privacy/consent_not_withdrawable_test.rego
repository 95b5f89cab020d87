package dria.rules.privacy.consent_not_withdrawable_test

import data.dria.rules.privacy.consent_not_withdrawable as rule

base := {"spec": {
	"affected": {"people": 400000},
	"data": {
		"categories": ["biometric"],
		"specialCategoryConditions": ["explicit-consent"],
		"consent": {"withdrawable": false},
	},
}}

test_fires_on_consent_that_cannot_be_withdrawn if {
	some f in rule.findings with input as base
	contains(f.msg, "data of 400,000 people relies on consent for `biometric` data (explicit consent)")
	endswith(f.msg, "cannot withdraw it as easily as they gave it (`withdrawable: false`)")
	f.paths == ["/spec/data/consent", "/spec/data/specialCategoryConditions", "/spec/data/consent/withdrawable"]
}

test_names_data_that_cannot_be_deleted if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/subjectRights",
		"value": {"deletionPossible": false},
	}])
	endswith(f.msg, "and their data cannot be deleted at all (`deletionPossible: false`)")
}

test_quiet_when_withdrawable if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/consent/withdrawable",
		"value": true,
	}])
}

test_not_applicable_without_consent if {
	not rule.applies with input as json.patch(base, [
		{"op": "replace", "path": "/spec/data/specialCategoryConditions", "value": ["substantial-public-interest"]},
		{"op": "add", "path": "/spec/data/consent/used", "value": false},
	])
}

test_a_consent_section_without_used_is_relied_on if {
	some f in rule.findings with input as {"spec": {"data": {"consent": {"withdrawable": false}}}}
	f.paths == ["/spec/data/consent", "/spec/data/consent/withdrawable"]
}
