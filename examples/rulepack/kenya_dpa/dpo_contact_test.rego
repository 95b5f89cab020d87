package dria.rules.kenya_dpa.dpo_contact_test

import data.dria.rules.kenya_dpa.dpo_contact as rule

doc := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"extensions": {"kenya_dpa": {"dataProtectionOfficer": {"designated": true}}},
}}

test_fires_without_a_contact if {
	some f in rule.findings with input as doc
	contains(f.msg, "no contact is given")
}

test_quiet_with_a_contact if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "add",
		"path": "/spec/extensions/kenya_dpa/dataProtectionOfficer/contact",
		"value": "dpo@county.go.ke",
	}])
}

test_not_applicable_without_an_officer if {
	not rule.applies with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/extensions/kenya_dpa/dataProtectionOfficer/designated",
		"value": false,
	}])
}

test_applies_with_an_officer_in_kenya if {
	rule.applies with input as doc
}
