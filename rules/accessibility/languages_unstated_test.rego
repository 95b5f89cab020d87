package dria.rules.accessibility.languages_unstated_test

import data.dria.rules.accessibility.languages_unstated as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["social-benefits"]},
	"affected": {"people": 185000, "groups": ["migrants", "ethnic-minorities", "low-income"], "mandatory": true},
	"accessibility": {"languages": ["nl"]},
}}

test_fires_when_languages_not_stated_and_mandatory if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/accessibility"}])
	contains(f.msg, "not stated")
	contains(f.msg, "`mandatory: true`")
	"/spec/affected/mandatory" in f.paths
}

test_quiet_when_not_stated_for_optional_service if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accessibility"},
		{"op": "replace", "path": "/spec/affected/mandatory", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_fires_when_language_list_is_empty if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/languages",
		"value": [],
	}])
	contains(f.msg, "not stated")
}

test_quiet_when_not_stated_for_police_surveillance if {
	inp := {"spec": {
		"context": {"sector": "public", "domains": ["law-enforcement"]},
		"affected": {"groups": ["migrants"], "mandatory": true},
		"decisions": {"legalEffect": true},
	}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_one_stated_language if {
	count(rule.findings) == 0 with input as base
}

test_not_applicable_without_language_minorities if {
	not rule.applies with input as {"spec": {"affected": {"groups": ["elderly"]}}}
}
