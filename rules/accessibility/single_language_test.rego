package dria.rules.accessibility.single_language_test

import data.dria.rules.accessibility.single_language as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["social-benefits"]},
	"affected": {"people": 185000, "groups": ["migrants", "ethnic-minorities", "low-income"], "mandatory": true},
	"accessibility": {"languages": ["nl"]},
}}

test_fires_for_single_language_benefits_service if {
	some f in rule.findings with input as base
	contains(f.msg, "only in `nl`")
	contains(f.msg, "`ethnic-minorities` and `migrants` among 185,000 people")
	contains(f.msg, "`social-benefits`")
	"/spec/accessibility/languages" in f.paths
	"/spec/affected/groups" in f.paths
}

test_regional_variants_count_as_one_language if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/languages",
		"value": ["en-GB", "en"],
	}])
}

test_fires_for_private_decisions_with_legal_effect if {
	inp := {"spec": {
		"context": {"sector": "private", "domains": ["employment"]},
		"affected": {"groups": ["refugees-asylum-seekers"]},
		"decisions": {"legalEffect": true},
		"accessibility": {"languages": ["de"]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "`legalEffect: true`")
}

test_quiet_with_several_languages if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/languages",
		"value": ["nl", "ar", "tr", "en"],
	}])
}

test_quiet_for_private_low_stakes_service if {
	inp := {"spec": {
		"context": {"sector": "private", "domains": ["other"]},
		"affected": {"groups": ["migrants"]},
		"accessibility": {"languages": ["de"]},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_language_minorities if {
	not rule.applies with input as {"spec": {"affected": {"groups": ["elderly"]}}}
}

test_leaves_unstated_languages_to_a11y_006 if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/accessibility"}])
}
