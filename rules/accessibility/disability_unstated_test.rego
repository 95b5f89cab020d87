package dria.rules.accessibility.disability_unstated_test

import data.dria.rules.accessibility.disability_unstated as rule

base := {"spec": {
	"context": {"domains": ["employment"]},
	"affected": {"people": 650000, "groups": ["persons-with-disabilities", "workers"], "mandatory": true},
	"decisions": {"legalEffect": true},
}}

test_fires_when_accessibility_absent if {
	some f in rule.findings with input as base
	contains(f.msg, "650,000 people")
	contains(f.msg, "`legalEffect: true`, `mandatory: true`")
	"/spec/accessibility" in f.paths
	"/spec/affected/groups" in f.paths
	"/spec/affected/mandatory" in f.paths
}

test_fires_when_only_languages_stated if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/accessibility",
		"value": {"languages": ["en"]},
	}])
}

test_fires_for_essential_service if {
	inp := {"spec": {"context": {"domains": ["health"]}, "affected": {"groups": ["persons-with-disabilities"]}}}
	some f in rule.findings with input as inp
	contains(f.msg, "essential service: `health`")
}

test_quiet_when_wcag_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/accessibility",
		"value": {"wcag": "2.0-A"},
	}])
}

test_quiet_in_low_stakes_context if {
	inp := {"spec": {
		"context": {"domains": ["other"]},
		"affected": {"groups": ["persons-with-disabilities"], "mandatory": false},
		"decisions": {"legalEffect": false},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_disabled_people_named if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["workers"],
	}])
}
