package dria.rules.kenya_dpa.registration_test

import data.dria.rules.kenya_dpa.registration as rule

doc := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"affected": {"people": 120000},
	"data": {"categories": ["health", "contact"]},
	"extensions": {"kenya_dpa": {"registeredWithDataCommissioner": false}},
}}

test_fires_when_not_registered if {
	some f in rule.findings with input as doc
	contains(f.msg, "`registeredWithDataCommissioner: false`")
	contains(f.msg, "120,000 people")
}

test_quiet_when_registered if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/extensions/kenya_dpa/registeredWithDataCommissioner",
		"value": true,
	}])
}

test_quiet_when_not_stated if {
	# Not stated is a gap (KE-DPA-007), not this finding.
	count(rule.findings) == 0 with input as json.remove(doc, ["/spec/extensions"])
}

test_not_applicable_outside_kenya if {
	not rule.applies with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/context/jurisdictions",
		"value": ["UG"],
	}])
}

test_not_applicable_without_personal_data if {
	not rule.applies with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": [],
	}])
}

test_applies_in_kenya_with_personal_data if {
	rule.applies with input as doc
}
