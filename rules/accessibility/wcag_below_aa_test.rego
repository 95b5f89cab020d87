package dria.rules.accessibility.wcag_below_aa_test

import data.dria.rules.accessibility.wcag_below_aa as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["social-benefits", "public-services"]},
	"affected": {"people": 185000, "groups": ["persons-with-disabilities", "low-income"]},
	"accessibility": {"wcag": "2.0-A"},
}}

test_fires_for_benefits_portal_at_level_a if {
	some f in rule.findings with input as base
	contains(f.msg, "only `wcag: 2.0-A`")
	contains(f.msg, "`public-services` and `social-benefits`")
	contains(f.msg, "185,000 people, including persons with disabilities")
	"/spec/accessibility/wcag" in f.paths
	"/spec/context/domains" in f.paths
	"/spec/affected/groups" in f.paths
}

test_fires_for_no_conformance_in_public_sector if {
	inp := {"spec": {"context": {"sector": "public", "domains": ["other"]}, "accessibility": {"wcag": "none"}}}
	some f in rule.findings with input as inp
	contains(f.msg, "no WCAG conformance level (`wcag: none`)")
	contains(f.msg, "`sector: public`")
	"/spec/context/sector" in f.paths
}

test_fires_for_21_a if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/wcag",
		"value": "2.1-A",
	}])
}

test_quiet_at_21_aa if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/wcag",
		"value": "2.1-AA",
	}])
}

test_quiet_at_22_aa if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/wcag",
		"value": "2.2-AA",
	}])
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/accessibility/wcag"}])
}

test_not_applicable_to_private_messaging if {
	not rule.applies with input as {"spec": {
		"context": {"sector": "private", "domains": ["messaging"]},
		"accessibility": {"wcag": "2.1-A"},
	}}
}

test_fires_for_public_e_voting if {
	inp := {"spec": {"context": {"sector": "public", "domains": ["elections"]}, "accessibility": {"wcag": "2.1-A"}}}
	some f in rule.findings with input as inp
	contains(f.msg, "essential service (`elections`)")
}

test_not_applicable_to_private_election_advertising if {
	not rule.applies with input as {"spec": {"context": {
		"sector": "private",
		"domains": ["elections", "political-advertising"],
	}}}
}
