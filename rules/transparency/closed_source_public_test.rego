package dria.rules.transparency.closed_source_public_test

import data.dria.rules.transparency.closed_source_public as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["social-benefits"]},
	"affected": {"people": 1200000},
	"decisions": {"automation": "full", "legalEffect": true},
	"transparency": {"sourceCode": "closed"},
	"accountability": {"audits": [{"type": "internal", "date": "2024-01-01", "published": false}]},
}}

test_fires_bosco_pattern if {
	some f in rule.findings with input as base
	contains(f.msg, "`sourceCode: closed`")
	contains(f.msg, "1,200,000 people in `social-benefits`")
	contains(f.msg, "no external or regulator audit")
	"/spec/transparency/sourceCode" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_without_audit_clause_when_externally_audited if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/audits/0/type", "value": "external"}])
	some f in rule.findings with input as inp
	not contains(f.msg, "no external")
}

test_quiet_auditors_only if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/transparency/sourceCode", "value": "auditors-only"}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_open if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/transparency/sourceCode", "value": "open"}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_private if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "private",
	}])
}

test_no_domain_text if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context/domains"}])
	some f in rule.findings with input as inp
	contains(f.msg, "1,200,000 people, is closed")
}

test_fires_on_a_suspension_without_a_legal_effect_flag if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["benefit-suspension"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "which takes part in decisions leading to `benefit-suspension` (`automation: full`)")
}

test_not_applicable_when_marked if {
	marked := {"field": "transparency", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
