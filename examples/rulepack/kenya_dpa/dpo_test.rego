package dria.rules.kenya_dpa.dpo_test

import data.dria.rules.kenya_dpa.dpo as rule

doc := {"spec": {
	"context": {"jurisdictions": ["KE"], "sector": "public"},
	"affected": {"people": 2000000},
	"data": {"categories": ["health"]},
	"extensions": {"kenya_dpa": {"dataProtectionOfficer": {"designated": false}}},
}}

test_fires_without_an_officer if {
	some f in rule.findings with input as doc
	contains(f.msg, "`designated: false`")
	contains(f.msg, "processing by a public body and sensitive personal data (health)")
	contains(f.msg, "2,000,000 people")
}

test_quiet_with_an_officer if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/extensions/kenya_dpa/dataProtectionOfficer/designated",
		"value": true,
	}])
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as json.remove(doc, ["/spec/extensions/kenya_dpa/dataProtectionOfficer"])
}

test_not_applicable_without_grounds if {
	not rule.applies with input as json.patch(doc, [
		{"op": "replace", "path": "/spec/context/sector", "value": "private"},
		{"op": "replace", "path": "/spec/data/categories", "value": ["contact"]},
	])
}

test_profiling_is_a_ground if {
	some f in rule.findings with input as json.patch(doc, [
		{"op": "replace", "path": "/spec/context/sector", "value": "private"},
		{"op": "replace", "path": "/spec/data/categories", "value": ["contact"]},
		{"op": "add", "path": "/spec/ai", "value": {"used": true, "techniques": ["profiling"]}},
	])
	contains(f.msg, "for systematic monitoring of people (profiling)")
}

test_applies_with_grounds_in_kenya if {
	rule.applies with input as doc
}
