package dria.rules.remedy.remediation_process_test

import data.dria.rules.remedy.remediation_process as rule

base := {"spec": {
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {"remediation": false},
}}

test_fires_without_remediation if {
	some f in rule.findings with input as base
	contains(f.msg, "`remediation: false`")
	contains(f.msg, "(`automation: full`) on 185,000 people")
	"/spec/accountability/remediation" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_for_sensitive_domain if {
	inp := {"spec": {
		"context": {"domains": ["elections", "social-media"]},
		"ai": {"used": true},
		"accountability": {"remediation": false},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "operates in `elections`")
	"/spec/context/domains" in f.paths
}

test_fires_for_public_space_monitoring if {
	inp := {"spec": {"surveillance": {"publicSpaces": true}, "accountability": {"remediation": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "monitors public spaces")
}

test_fires_not_stated_for_automated_legal_effect if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_quiet_not_stated_for_assistive if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accountability"},
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_low_stakes if {
	inp := {"spec": {
		"context": {"domains": ["messaging"]},
		"ai": {"used": true},
		"decisions": {"automation": "partial", "legalEffect": false},
		"accountability": {"remediation": false},
	}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_remediation if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/remediation", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_people_processing if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}, "ai": {"used": false}}}
}

test_fires_for_interception_tool if {
	inp := {"spec": {
		"context": {"domains": ["surveillance"]},
		"surveillance": {"lawfulInterception": true},
		"accountability": {"remediation": false},
	}}
	rule.applies with input as inp
	some f in rule.findings with input as inp
	contains(f.msg, "operates in `surveillance`")
}

test_not_applicable_when_marked if {
	marked := {"field": "accountability.remediation", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
