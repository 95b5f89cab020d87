package dria.rules.engine_test

import data.dria.engine

# A fake catalog of three rules, so the engine is tested apart from the
# built-in rules. Tests put it in place with `with data.dria.catalog as`.
meta := {
	"T-GAP": {
		"title": "gap", "severity": "medium", "likelihood": "likely", "rights": ["privacy"],
		"category": "information-gap", "references": [], "remediation": "answer it",
	},
	"T-PRIV": {
		"title": "priv", "severity": "medium", "likelihood": "likely", "rights": ["privacy"],
		"category": "privacy", "references": [], "remediation": "fix it",
	},
	"T-CRIT": {
		"title": "crit", "severity": "critical", "likelihood": "rare", "rights": ["liberty-security"],
		"category": "surveillance", "references": [], "remediation": "stop",
	},
}

fired := {
	"T-GAP": {{"msg": "gap", "paths": ["/spec/affected/people"]}},
	"T-PRIV": {{"msg": "priv", "paths": ["/spec/data"]}},
	"T-CRIT": {{"msg": "crit", "paths": []}},
}

catalog := {"meta": meta, "findings": fired, "conditional": set()}

small := {"spec": {
	"affected": {"people": 500, "groups": ["workers"], "mandatory": false},
	"decisions": {"automation": "assistive", "legalEffect": false, "reversibility": "reversible"},
}}

large := {"spec": {
	"affected": {"people": 2000000, "groups": ["migrants", "children"], "mandatory": true},
	"decisions": {"automation": "full", "legalEffect": true, "reversibility": "irreversible"},
	"context": {"domains": ["social-benefits"]},
}}

by_id(out) := {f.ruleId: f | some f in out.findings}

test_empty_spec_counts_unknowns_as_large if {
	out := engine.main with input as {"spec": {}} with data.dria.catalog as catalog
	out.summary.impactLevel == "III"
	by_id(out)["T-PRIV"].severity == "medium"
	some r in by_id(out)["T-PRIV"].severityReasons
	contains(r, "number of people affected not stated")
}

test_small_reversible_system_lowers_severity if {
	out := engine.main with input as small with data.dria.catalog as catalog
	by_id(out)["T-PRIV"].severity == "low"
	out.summary.impactLevel == "I"
}

test_large_irreversible_system_raises_severity if {
	out := engine.main with input as large with data.dria.catalog as catalog
	by_id(out)["T-PRIV"].severity == "high"
	out.summary.impactLevel == "IV"
	out.summary.inherentRisk == "critical"
}

test_critical_is_never_lowered if {
	out := engine.main with input as small with data.dria.catalog as catalog
	by_id(out)["T-CRIT"].severity == "critical"
}

test_shift_never_decreases if {
	shifts := [engine.shift(t) | some t in numbers.range(-1, 12)]
	every i in numbers.range(1, count(shifts) - 1) {
		shifts[i] >= shifts[i - 1]
	}
}

test_findings_sorted_most_severe_first if {
	out := engine.main with input as small with data.dria.catalog as catalog
	ranks := [engine.rank[f.severity] | some f in out.findings]
	ranks == [4, 1, 1]
	[f.ruleId | some f in out.findings] == ["T-CRIT", "T-GAP", "T-PRIV"]
	every i in numbers.range(1, count(ranks) - 1) {
		ranks[i] <= ranks[i - 1]
	}
}

test_implemented_evidenced_mitigation_lowers_residual if {
	mitigations := [
		{"id": "M-1", "addresses": ["privacy"], "description": "d", "status": "implemented", "evidence": "audit 2025"},
		{"id": "M-2", "addresses": ["T-CRIT"], "description": "d", "status": "planned"},
	]
	doc := json.patch(large, [{"op": "add", "path": "/spec/mitigations", "value": mitigations}])
	out := engine.main with input as doc with data.dria.catalog as catalog
	f := by_id(out)["T-PRIV"]
	f.mitigatedBy == ["M-1"]
	f.residualSeverity == "medium"
	by_id(out)["T-CRIT"].residualSeverity == "critical"

	# information gaps are answered, not mitigated
	by_id(out)["T-GAP"].residualSeverity == by_id(out)["T-GAP"].severity
	by_id(out)["T-GAP"].mitigatedBy == []
}

test_mitigation_without_evidence_does_not_count if {
	mitigations := [{"id": "M-1", "addresses": ["privacy"], "description": "d", "status": "implemented"}]
	doc := json.patch(large, [{"op": "add", "path": "/spec/mitigations", "value": mitigations}])
	out := engine.main with input as doc with data.dria.catalog as catalog
	by_id(out)["T-PRIV"].mitigatedBy == []
	by_id(out)["T-PRIV"].residualSeverity == by_id(out)["T-PRIV"].severity
}

# gap_catalog has five information-gap rules of the given severity, each
# with one finding.
gap_catalog(severity) := {"meta": many, "findings": gaps, "conditional": set()} if {
	gap := {
		"title": "g", "severity": severity, "likelihood": "likely", "rights": ["privacy"],
		"category": "information-gap", "references": [], "remediation": "answer",
	}
	many := {sprintf("G-%d", [i]): gap | some i in numbers.range(1, 5)}
	gaps := {id: {{"msg": "g", "paths": []}} | some id, _ in many}
}

mid_sized := json.patch(small, [{"op": "replace", "path": "/spec/affected/people", "value": 50000}])

test_five_gaps_make_risk_at_least_high if {
	gaps := gap_catalog("medium")
	out := engine.main with input as mid_sized with data.dria.catalog as gaps
	out.summary.informationGaps == 5
	out.summary.inherentRisk == "high"
	out.summary.residualRisk == "high"
}

test_minor_gaps_do_not_raise_risk if {
	gaps := gap_catalog("info")
	out := engine.main with input as mid_sized with data.dria.catalog as gaps
	out.summary.informationGaps == 5
	out.summary.inherentRisk == "low"
}

test_not_applicable_and_passed if {
	quiet := {
		"meta": meta,
		"findings": {"T-GAP": set(), "T-PRIV": set(), "T-CRIT": set()},
		"conditional": {"T-CRIT"},
		"applies": {"T-CRIT": false},
	}
	out := engine.main with input as small with data.dria.catalog as quiet
	out.notApplicable == ["T-CRIT"]
	out.passed == ["T-GAP", "T-PRIV"]
	out.findings == []
	out.summary.inherentRisk == "low"
}

test_contract_breaks_are_errors if {
	broken := {
		"meta": meta,
		"findings": {"T-GAP": {{"paths": []}}, "T-PRIV": {{"msg": "m", "paths": "not-a-list"}}, "T-CRIT": set()},
		"conditional": set(),
	}
	out := engine.main with input as small with data.dria.catalog as broken
	count(out.errors) == 2
}

test_rights_summary if {
	out := engine.main with input as large with data.dria.catalog as catalog
	some r in out.summary.rights
	r.right == "privacy"
	r.findings == 2
}
