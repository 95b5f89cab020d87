package dria.rules.accountability.external_audit_test

import data.dria.rules.accountability.external_audit as rule

base := {"spec": {
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"ai": {"used": true},
	"accountability": {"audits": [{"type": "internal", "date": "2022-11-30", "published": false}]},
}}

test_fires_internal_only if {
	some f in rule.findings with input as base
	contains(f.msg, "(only an internal audit)")
	contains(f.msg, "(`automation: full`) on 185,000 people")
	"/spec/accountability/audits" in f.paths
}

test_fires_no_audits if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/audits", "value": []}])
	some f in rule.findings with input as inp
	contains(f.msg, "`audits: []`")
}

test_fires_unpublished_external if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/audits/-",
		"value": {"type": "regulator", "date": "2024-11-12", "published": false},
	}])
	fs := rule.findings with input as inp
	count(fs) == 1
	some f in fs
	contains(f.msg, "the only external or regulator audit is not published")
	"/spec/accountability/audits/1/published" in f.paths
}

test_plural_wording if {
	inp := json.patch(base, [
		{"op": "add", "path": "/spec/accountability/audits/-", "value": {"type": "internal", "published": false}},
		{"op": "add", "path": "/spec/accountability/audits/-", "value": {"type": "regulator", "published": false}},
		{"op": "add", "path": "/spec/accountability/audits/-", "value": {"type": "external", "published": false}},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "none of the 2 external or regulator audits is published")
}

test_plural_internal_wording if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/audits/-",
		"value": {"type": "internal", "published": false},
	}])
	some f in rule.findings with input as inp
	contains(f.msg, "(only 2 internal audits)")
}

test_fires_not_stated_for_automated_legal_effect if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_fires_for_sensitive_domain if {
	inp := {"spec": {"context": {"domains": ["elections"]}, "ai": {"used": true}, "accountability": {"audits": []}}}
	some f in rule.findings with input as inp
	contains(f.msg, "operates in `elections`")
	"/spec/context/domains" in f.paths
}

test_quiet_with_published_external if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/audits/-",
		"value": {"type": "external", "date": "2024-11-01", "published": true},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_not_stated_for_assistive if {
	inp := {"spec": {
		"context": {"domains": ["health"]},
		"ai": {"used": true},
		"decisions": {"automation": "assistive", "legalEffect": true},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_low_stakes if {
	not rule.applies with input as {"spec": {
		"ai": {"used": true},
		"context": {"domains": ["messaging"]},
		"decisions": {"automation": "partial", "legalEffect": false},
	}}
}

test_not_applicable_without_algorithm if {
	not rule.applies with input as {"spec": {
		"decisions": {"automation": "assistive", "legalEffect": true},
		"ai": {"used": false},
	}}
}
