# The assessment engine: it runs every enabled rule of data.dria.catalog on
# the input, scores each finding by UNGP 14's severity dimensions and sums
# the system up (impact level, inherent and residual risk). The host only
# parses, validates, evaluates this policy, locates evidence and renders;
# the same policy gives the same answer in any OPA.
package dria.engine

import data.dria.catalog
import data.dria.lib

severities := ["info", "low", "medium", "high", "critical"]

rank[s] := i if some i, s in severities

risks := ["low", "low", "medium", "high", "critical"]

level_words := {-1: "lowered one level", 0: "kept at its base", 1: "raised one level"}

# ---------------------------------------------------------------------------
# Which rules apply.

is_applicable(id) if not id in catalog.conditional

is_applicable(id) if catalog.applies[id] == true

rule_ids := sort(object.keys(catalog.meta))

applicable contains id if {
	some id in rule_ids
	is_applicable(id)
}

not_applicable := [id | some id in rule_ids; not is_applicable(id)]

fired contains id if {
	some id in applicable
	count(catalog.findings[id]) > 0
}

passed := [id | some id in rule_ids; id in applicable; not id in fired]

# ---------------------------------------------------------------------------
# UNGP 14 severity dimensions of the system (the same for every finding).

# Scale: how many people are affected.
default scale_points := 1

scale_points := 0 if {
	lib.touches_no_one
} else := 2 if {
	lib.people >= 1000000
} else := 1 if {
	lib.people >= 10000
} else := 0 if {
	is_number(lib.people)
}

default scale_reason := "scale: number of people affected not stated (counted as large)"

scale_reason := "scale: not counted, the system touches no one" if {
	lib.touches_no_one
} else := sprintf("scale: %s affected per year", [lib.people_text]) if {
	is_number(lib.people)
}

# Scope: vulnerable groups among them, and whether they can opt out.
default vulnerable_points := 0

vulnerable_points := 1 if {
	not lib.touches_no_one
	vulnerable_scope
}

vulnerable_scope if count(lib.affected_vulnerable) > 0

vulnerable_scope if not input.spec.affected.groups

default mandatory_points := 0

mandatory_points := 1 if input.spec.affected.mandatory == true

scope_points := vulnerable_points + mandatory_points

scope_reasons contains sprintf("scope: includes %s", [concat(", ", sort([g | some g in lib.affected_vulnerable]))]) if {
	count(lib.affected_vulnerable) > 0
}

scope_reasons contains "scope: affected groups not stated (counted as including vulnerable groups)" if {
	not input.spec.affected.groups
	not lib.touches_no_one
}

scope_reasons contains sprintf("scope: not counted as vulnerable: %s", [concat(", ", sort(others))]) if {
	others := lib.groups - lib.vulnerable_groups
	count(others) > 0
}

scope_reasons contains "scope: not counted, the system touches no one" if lib.touches_no_one

scope_reasons contains "scope: people cannot opt out (mandatory)" if mandatory_points == 1

# Irremediability: how hard the harm is to undo.
default irremediability_points := 1

irremediability_points := 0 if {
	lib.touches_no_one
} else := {"reversible": 0, "hard-to-reverse": 1, "irreversible": 2}[input.spec.decisions.reversibility]

default irremediability_reason := "irremediability: reversibility not stated (counted as hard to reverse)"

irremediability_reason := "irremediability: not counted, the system touches no one" if {
	lib.touches_no_one
} else := sprintf("irremediability: %s", [replace(input.spec.decisions.reversibility, "-", " ")]) if {
	input.spec.decisions.reversibility
}

likelihood_points := {"rare": -1, "possible": 0, "likely": 1, "almost-certain": 2}

dimension_points := (scale_points + scope_points) + irremediability_points

# shift maps the sum of the dimensions and the likelihood to a change of
# severity level: one level down for small, reversible, unlikely harm, one
# level up for large, vulnerable or irreversible harm. It never decreases as
# the sum grows, so more people, more vulnerable groups or less
# reversibility never lower a severity. It moves at most one level, so the
# base severity (the gravity of the harm itself) still orders findings.
shift(total) := -1 if total <= 1

else := 0 if total <= 4

else := 1

# severity scores one rule: base severity plus the shift, within info ..
# critical; a critical rule is never lowered (a prohibited practice does not
# become acceptable at small scale).
severity(m) := severities[min([4, max([lowest(base), raw])])] if {
	base := rank[m.severity]
	raw := base + shift(dimension_points + likelihood_points[m.likelihood])
}

lowest(base) := 4 if base == 4

else := max([base - 1, 0])

severity_reasons(m) := reasons if {
	total := dimension_points + likelihood_points[m.likelihood]
	sev := severity(m)
	change := rank[sev] - rank[m.severity]
	reasons := array.concat(
		array.concat([sprintf("base severity: %s", [m.severity]), scale_reason], sort(scope_reasons)),
		[
			irremediability_reason,
			sprintf("likelihood: %s", [m.likelihood]),
			sprintf("%s to %s (factors sum to %d)", [object.get(level_words, change, "changed"), sev, total]),
		],
	)
}

# ---------------------------------------------------------------------------
# Mitigations: implemented and evidenced ones lower residual risk.

effective_mitigations := [m |
	some m in input.spec.mitigations
	m.status == "implemented"
	is_string(m.evidence)
	trim_space(m.evidence) != ""
]

mitigations_for(id, rights) := sort({m.id |
	some m in effective_mitigations
	some target in m.addresses
	target in ({id} | {r | some r in rights})
})

# ---------------------------------------------------------------------------
# Findings.

findings_of(id) := catalog.findings[id]

raw_findings contains [id, f] if {
	some id in fired
	some f in findings_of(id)
	is_string(f.msg)
}

# errors lists findings that break the rule contract; the host reports them
# as rule errors.
errors contains sprintf("rule %s yields a finding without a text msg: %v", [id, f]) if {
	some id in fired
	some f in findings_of(id)
	not is_string(object.get(f, "msg", null))
}

errors contains sprintf("rule %s yields a finding whose paths is not a list of JSON pointers: %v", [id, f]) if {
	some id in fired
	some f in findings_of(id)
	f.paths
	not valid_paths(f.paths)
}

valid_paths(ps) if {
	is_array(ps)
	every p in ps {
		is_string(p)
		startswith(p, "/")
	}
}

paths_of(f) := sort({p | some p in f.paths}) if valid_paths(f.paths)

else := []

finding(id, f) := out if {
	m := catalog.meta[id]
	sev := severity(m)
	mitigated := mitigations_of(id, m)
	out := {
		"ruleId": id,
		"title": m.title,
		"severity": sev,
		"baseSeverity": m.severity,
		"severityReasons": severity_reasons(m),
		"rights": m.rights,
		"category": m.category,
		"message": f.msg,
		"remediation": m.remediation,
		"references": m.references,
		"paths": paths_of(f),
		"residualSeverity": residual(sev, count(mitigated) > 0),
		"mitigatedBy": mitigated,
	}
}

# mitigations_of lists the mitigations that lower a rule's finding.
# Information gaps are answered, not mitigated.
mitigations_of(_, m) := [] if m.category == "information-gap"

mitigations_of(id, m) := mitigations_for(id, m.rights) if m.category != "information-gap"

residual(sev, true) := severities[max([rank[sev] - 1, 0])]

residual(sev, false) := sev

# findings sorts by severity (most severe first), rule id, then first
# evidence path.
findings := [x[3] |
	some x in sort([[4 - rank[f.severity], f.ruleId, concat(",", f.paths), f] |
		some pair in raw_findings
		f := finding(pair[0], pair[1])
	])
]

# ---------------------------------------------------------------------------
# Summary.

counts[s] := count([f | some f in findings; f.severity == s]) if some s in severities

rights_summary := [x[2] |
	some x in sort([[4 - rank[highest], right, {"right": right, "highest": highest, "findings": n}] |
		some right in {r | some f in findings; some r in f.rights}
		fs := [f | some f in findings; right in f.rights]
		n := count(fs)
		highest := severities[max([rank[f.severity] | some f in fs])]
	])
]

gap_count := count([f | some f in findings; f.category == "information-gap"])

serious_gap_count := count([f | some f in findings; f.category == "information-gap"; rank[f.severity] >= 2])

# Too much unknown cannot be called low risk: five or more information gaps
# of medium severity or above make the risk at least high.
default gap_floor := 0

gap_floor := 3 if serious_gap_count >= 5

risk_from(ranks) := risks[max(array.concat([gap_floor, 0], ranks))]

inherent_risk := risk_from([rank[f.severity] | some f in findings])

residual_risk := risk_from([rank[f.residualSeverity] | some f in findings])

risk_reasons contains sprintf(
	"%d information gaps of medium severity or above: too much is unknown to rate the risk below high",
	[serious_gap_count],
) if {
	gap_floor > 0
}

risk_reasons contains sprintf("highest finding severity: %s", [severities[max([rank[f.severity] |
	some f in findings
])]]) if {
	count(findings) > 0
}

risk_reasons contains "no findings" if count(findings) == 0

risk_reasons contains sprintf("%d findings lowered by implemented, evidenced mitigations", [n]) if {
	n := count([f | some f in findings; count(f.mitigatedBy) > 0])
	n > 0
}

summary := {
	"impactLevel": impact_level,
	"impactReasons": impact_reasons,
	"requiredSafeguards": required_safeguards,
	"inherentRisk": inherent_risk,
	"residualRisk": residual_risk,
	"riskReasons": sort(risk_reasons),
	"counts": counts,
	"rights": rights_summary,
	"informationGaps": gap_count,
}

main := {
	"findings": findings,
	"passed": passed,
	"notApplicable": not_applicable,
	"summary": summary,
	"errors": sort(errors),
}
