package dria.rules.privacy.authority_sharing_basis_test

import data.dria.rules.privacy.authority_sharing_basis as rule

base := {"spec": {
	"affected": {"people": 32000000},
	"data": {"sharing": [
		{"recipient": "National Police Service", "type": "law-enforcement", "legalBasis": "National Police Service Act s.35"},
		{"recipient": "National Intelligence Service", "type": "intelligence", "legalBasis": "Not published"},
	]},
}}

test_fires_on_unpublished_basis if {
	some f in rule.findings with input as base
	contains(f.msg, "`National Intelligence Service` (`intelligence`)")
	contains(f.msg, "legal basis is given as `Not published`")
	contains(f.msg, "32,000,000 people")
	f.paths == ["/spec/data/sharing/1"]
}

test_only_the_unfounded_disclosure_fires if {
	count(rule.findings) == 1 with input as base
}

test_fires_on_absent_basis_with_purpose if {
	some f in rule.findings with input as {"spec": {"data": {"sharing": [{
		"recipient": "Schools in the region",
		"type": "other-public-body",
		"purpose": "Early intervention",
	}]}}}
	contains(f.msg, "for `Early intervention`, and no legal basis is stated")
}

test_fires_on_non_binding_arrangement if {
	count(rule.findings) == 1 with input as {"spec": {"data": {"sharing": [{
		"recipient": "Consular authorities",
		"type": "other-public-body",
		"legalBasis": "Bilateral readmission arrangements (non-binding memoranda)",
	}]}}}
}

test_quiet_with_stated_law if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/sharing/1/legalBasis",
		"value": "Intelligence Act s.12, with prior judicial authorisation",
	}])
}

test_quiet_for_commercial_recipient if {
	count(rule.findings) == 0 with input as {"spec": {"data": {"sharing": [{
		"recipient": "Payment processor",
		"type": "commercial",
	}]}}}
}

test_not_applicable_without_authority_recipients if {
	not rule.applies with input as {"spec": {"data": {"sharing": [{
		"recipient": "Vetted researchers",
		"type": "researchers",
	}]}}}
}
