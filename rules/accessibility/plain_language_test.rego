package dria.rules.accessibility.plain_language_test

import data.dria.rules.accessibility.plain_language as rule

base := {"spec": {
	"context": {"domains": ["migration-border"]},
	"affected": {"people": 420000, "groups": ["refugees-asylum-seekers", "children", "women"], "mandatory": true},
	"decisions": {"automation": "partial", "legalEffect": true},
	"accessibility": {"plainLanguage": false},
}}

test_fires_without_plain_language if {
	some f in rule.findings with input as base
	contains(f.msg, "420,000 people")
	contains(f.msg, "`plainLanguage: false`")
	contains(f.msg, "`children` and `refugees-asylum-seekers`")
	"/spec/accessibility/plainLanguage" in f.paths
	"/spec/decisions/legalEffect" in f.paths
	"/spec/affected/groups" in f.paths
}

test_fires_when_not_stated_in_mandatory_essential_service if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/accessibility"}])
	contains(f.msg, "not stated")
	contains(f.msg, "`mandatory: true`")
}

test_quiet_with_plain_language if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/plainLanguage",
		"value": true,
	}])
}

test_quiet_when_not_stated_outside_essential_services if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accessibility"},
		{"op": "replace", "path": "/spec/context/domains", "value": ["law-enforcement"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_not_stated_for_optional_service_without_vulnerable_groups if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accessibility"},
		{"op": "replace", "path": "/spec/affected", "value": {"mandatory": false, "groups": ["workers"]}},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_legal_effect if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}
