package dria.rules.accountability.independent_oversight_test

import data.dria.rules.accountability.independent_oversight as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["social-benefits"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {"oversight": {"body": "Municipal council committee on social affairs", "independent": false}},
}}

test_fires_when_not_independent if {
	some f in rule.findings with input as base
	contains(f.msg, "`Municipal council committee on social affairs`")
	contains(f.msg, "`oversight.independent: false`")
	contains(f.msg, "(`automation: full`) on 185,000 people")
	"/spec/accountability/oversight/independent" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_when_no_oversight_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "no oversight body is stated")
}

test_fires_for_police_domain if {
	inp := {"spec": {
		"context": {"sector": "public", "domains": ["law-enforcement", "surveillance"]},
		"affected": {"people": 2400000},
		"accountability": {"oversight": {"independent": false}},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "an unnamed body")
	contains(f.msg, "operates in `law-enforcement` and `surveillance`")
	"/spec/context/domains" in f.paths
}

test_fires_for_private_public_space_monitoring if {
	inp := {"spec": {
		"context": {"sector": "private"},
		"surveillance": {"publicSpaces": true},
		"accountability": {"oversight": {"body": "Board", "independent": false}},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "monitors public spaces")
	"/spec/surveillance" in f.paths
}

test_quiet_when_independent if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/oversight/independent", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_applies_for_interception if {
	rule.applies with input as {"spec": {"surveillance": {"lawfulInterception": true}}}
}

test_not_applicable_private_without_coercion if {
	not rule.applies with input as {"spec": {
		"context": {"sector": "private", "domains": ["messaging"]},
		"decisions": {"automation": "partial", "legalEffect": false},
		"accountability": {"oversight": {"body": "Board of directors", "independent": false}},
	}}
}
