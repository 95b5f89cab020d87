package dria.rules.engine_test

import data.dria.engine

# A fake catalog of two rules, so the engine is tested apart from the
# built-in rules.
meta := {
	"T-GAP": {"title": "gap", "severity": "medium", "likelihood": "likely", "rights": ["privacy"], "category": "information-gap", "references": [], "remediation": "answer it"},
	"T-PRIV": {"title": "priv", "severity": "medium", "likelihood": "likely", "rights": ["privacy"], "category": "privacy", "references": [], "remediation": "fix it"},
	"T-CRIT": {"title": "crit", "severity": "critical", "likelihood": "rare", "rights": ["liberty-security"], "category": "surveillance", "references": [], "remediation": "stop"},
}

fired := {
	"T-GAP": {{"msg": "gap", "paths": ["/spec/affected/people"]}},
	"T-PRIV": {{"msg": "priv", "paths": ["/spec/data"]}},
	"T-CRIT": {{"msg": "crit", "paths": []}},
}

small := {"spec": {
	"affected": {"people": 500, "groups": ["workers"], "mandatory": false},
	"decisions": {"automation": "assistive", "legalEffect": false, "reversibility": "reversible"},
}}

large := {"spec": {
	"affected": {"people": 2000000, "groups": ["migrants", "children"], "mandatory": true},
	"decisions": {"automation": "full", "legalEffect": true, "reversibility": "irreversible"},
	"context": {"domains": ["social-benefits"]},
}}

run(doc) := out if {
	out := engine.main with input as doc
		with data.dria.catalog.meta as meta
		with data.dria.catalog.findings as fired
		with data.dria.catalog.conditional as set()
}

by_id(out) := {f.ruleId: f | some f in out.findings}

test_empty_spec_counts_unknowns_as_large if {
	out := run({"spec": {}})
	out.summary.impactLevel == "III"
	by_id(out)["T-PRIV"].severity == "medium"
	some r in by_id(out)["T-PRIV"].severityReasons
	contains(r, "number of people affected not stated")
}

test_small_reversible_system_lowers_severity if {
	out := run(small)
	by_id(out)["T-PRIV"].severity == "low"
	out.summary.impactLevel == "I"
}

test_large_irreversible_system_raises_severity if {
	out := run(large)
	by_id(out)["T-PRIV"].severity == "high"
	out.summary.impactLevel == "IV"
	out.summary.inherentRisk == "critical"
}

test_critical_is_never_lowered if {
	by_id(run(small))["T-CRIT"].severity == "critical"
}

test_shift_never_decreases if {
	shifts := [engine.shift(t) | some t in numbers.range(-1, 12)]
	every i in numbers.range(1, count(shifts) - 1) {
		shifts[i] >= shifts[i - 1]
	}
}

test_findings_sorted_most_severe_first if {
	out := run(small)
	ranks := [engine.rank[f.severity] | some f in out.findings]
	ranks == [4, 1, 1]
	[f.ruleId | some f in out.findings] == ["T-CRIT", "T-GAP", "T-PRIV"]
	every i in numbers.range(1, count(ranks) - 1) {
		ranks[i] <= ranks[i - 1]
	}
}

test_implemented_evidenced_mitigation_lowers_residual if {
	doc := json.patch(large, [{"op": "add", "path": "/spec/mitigations", "value": [
		{"id": "M-1", "addresses": ["privacy"], "description": "d", "status": "implemented", "evidence": "audit 2025"},
		{"id": "M-2", "addresses": ["T-CRIT"], "description": "d", "status": "planned"},
	]}])
	out := run(doc)
	f := by_id(out)["T-PRIV"]
	f.mitigatedBy == ["M-1"]
	f.residualSeverity == "medium"
	by_id(out)["T-CRIT"].residualSeverity == "critical"

	# information gaps are answered, not mitigated
	by_id(out)["T-GAP"].residualSeverity == by_id(out)["T-GAP"].severity
}

test_mitigation_without_evidence_does_not_count if {
	doc := json.patch(large, [{"op": "add", "path": "/spec/mitigations", "value": [
		{"id": "M-1", "addresses": ["privacy"], "description": "d", "status": "implemented"},
	]}])
	by_id(run(doc))["T-PRIV"].mitigatedBy == []
}

test_five_gaps_make_risk_at_least_high if {
	out := gaps_out("medium")
	out.summary.informationGaps == 5
	out.summary.inherentRisk == "high"
	out.summary.residualRisk == "high"
}

test_minor_gaps_do_not_raise_risk if {
	out := gaps_out("info")
	out.summary.informationGaps == 5
	out.summary.inherentRisk == "low"
}

gaps_out(severity) := out if {
	many := {sprintf("G-%d", [i]): {"title": "g", "severity": severity, "likelihood": "likely", "rights": ["privacy"], "category": "information-gap", "references": [], "remediation": "answer"} | some i in numbers.range(1, 5)}
	gaps := {id: {{"msg": "g", "paths": []}} | some id, _ in many}
	doc := json.patch(small, [{"op": "replace", "path": "/spec/affected/people", "value": 50000}])
	out := engine.main with input as doc
		with data.dria.catalog.meta as many
		with data.dria.catalog.findings as gaps
		with data.dria.catalog.conditional as set()
}

test_not_applicable_and_passed if {
	out := engine.main with input as small
		with data.dria.catalog.meta as meta
		with data.dria.catalog.findings as {"T-GAP": set(), "T-PRIV": set(), "T-CRIT": set()}
		with data.dria.catalog.conditional as {"T-CRIT"}
		with data.dria.catalog.applies as {"T-CRIT": false}
	out.notApplicable == ["T-CRIT"]
	out.passed == ["T-GAP", "T-PRIV"]
	out.findings == []
	out.summary.inherentRisk == "low"
}

test_contract_breaks_are_errors if {
	out := engine.main with input as small
		with data.dria.catalog.meta as meta
		with data.dria.catalog.findings as {"T-GAP": {{"paths": []}}, "T-PRIV": {{"msg": "m", "paths": "not-a-list"}}, "T-CRIT": set()}
		with data.dria.catalog.conditional as set()
	count(out.errors) == 2
}

test_rights_summary if {
	out := run(large)
	some r in out.summary.rights
	r.right == "privacy"
	r.findings == 2
}
