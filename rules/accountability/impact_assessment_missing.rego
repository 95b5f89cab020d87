# METADATA
# title: No impact assessment for high-risk processing
# description: >-
#   The system does what data-protection law singles out as likely to result
#   in a high risk to people's rights: it profiles people or decides
#   automatically with legal effects, processes special categories of data
#   (health, biometrics, ethnicity, criminal records...) at large scale, or
#   systematically monitors publicly accessible spaces. Yet no
#   data-protection or human-rights impact assessment has been done, or the
#   one done was found inadequate by an authority, audit or court. Risks
#   that an assessment would have caught (discriminatory features, disproportionate
#   collection, missing safeguards) then reach people unexamined. GDPR Art 35(3)
#   makes an assessment mandatory in exactly these three cases, and UNGP 17
#   and 18 ask every organisation to identify and assess its actual and
#   potential human-rights impacts before and during operation.
# custom:
#   id: DRIA-ACC-002
#   severity: medium
#   likelihood: possible
#   rights: [privacy, non-discrimination]
#   category: accountability
#   references:
#     - {framework: GDPR, ref: Art 35}
#     - {framework: UNGP, ref: "17"}
#     - {framework: UNGP, ref: "18"}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Carry out a data-protection impact assessment before further
#     processing, and a human-rights impact assessment covering
#     discrimination, due process and the other rights at stake: describe the
#     processing and its necessity, assess the risks to people, consult the
#     data-protection officer and affected groups, and adopt measures that
#     address each risk. Consult the supervisory authority where high risks
#     remain.
package dria.rules.accountability.impact_assessment_missing

import data.dria.lib

applies if count(triggers) > 0

profiling_techniques := {
	"risk-scoring", "profiling", "predictive-policing", "social-scoring", "targeting",
	"emotion-recognition", "biometric-categorisation",
}

# GDPR Art 35(3)(a): evaluation of personal aspects, including profiling,
# on which decisions with legal effects are based.
triggers contains [
	sprintf(
		"decisions with legal effect on %s based on automated processing or profiling (`automation: %s`; GDPR Art 35(3)(a))",
		[lib.people_text, lib.automation],
	),
	["/spec/decisions/automation", "/spec/decisions/legalEffect"],
] if {
	input.spec.decisions.legalEffect == true
	lib.decides_about_people
	automated_evaluation
}

# GDPR Art 35(3)(a) also covers scoring by rules, points or record matching
# (decisions.methods) whose output triggers measures that weigh like a
# legal effect (investigations, suspensions, removals).
triggers contains [
	sprintf(
		"automated scoring of %s (%s) that triggers %s (GDPR Art 35(3)(a))",
		[lib.people_text, lib.quote_all(lib.automated_methods), lib.quote_all(lib.significant_effects)],
	),
	["/spec/decisions/methods", "/spec/decisions/effects"],
] if {
	count(lib.automated_methods) > 0
	count(lib.significant_effects) > 0
}

# GDPR Art 35(3)(b): large-scale processing of special categories or
# criminal records.
triggers contains [
	sprintf("large-scale processing of %s data about %s (GDPR Art 35(3)(b))", [lib.quote_all(sensitive), lib.people_text]),
	array.concat(sensitive_paths, ["/spec/affected/people"]),
] if {
	count(sensitive) > 0
	lib.people >= 10000
}

# GDPR Art 35(3)(c): systematic monitoring of publicly accessible areas.
triggers contains [
	"systematic monitoring of publicly accessible spaces (`surveillance.publicSpaces: true`; GDPR Art 35(3)(c))",
	["/spec/surveillance/publicSpaces"],
] if {
	input.spec.surveillance.publicSpaces == true
}

automated_evaluation if lib.automated_decisions

automated_evaluation if count(lib.techniques & profiling_techniques) > 0

protected_sensitive := {a | some a in input.spec.ai.protectedAttributes} & lib.sensitive_categories

sensitive := lib.processed_sensitive | protected_sensitive

sensitive_paths := [p |
	some p, s in {"/spec/data/categories": lib.processed_sensitive, "/spec/ai/protectedAttributes": protected_sensitive}
	count(s) > 0
]

counting_types := {"dpia", "hria", "fria", "aia"}

# An assessment found inadequate by an authority, audit or court does not
# count.
assessed if count(lib.impact_assessments_done & counting_types) > 0

reasons_text := concat("; ", sort([t[0] | some t in triggers]))

trigger_paths := [p | some t in triggers; some p in t[1]]

findings contains {"msg": msg, "paths": paths} if {
	is_array(input.spec.accountability.impactAssessments)
	not assessed
	msg := sprintf(
		"no data-protection or human-rights impact assessment%s is listed (%s), although the system involves %s",
		[holds_text, listed_text, reasons_text],
	)
	paths := array.concat(
		array.concat(["/spec/accountability/impactAssessments"], trigger_paths),
		lib.inadequate_assessment_paths(counting_types),
	)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "impactAssessments"])
	msg := sprintf(
		"whether a data-protection or human-rights impact assessment was done is not stated, although the system involves %s",
		[reasons_text],
	)
	paths := array.concat(["/spec/accountability"], trigger_paths)
}

default holds_text := ""

holds_text := " that holds" if count(lib.inadequate_assessment_notes(counting_types)) > 0

listed_text := "`impactAssessments: []`" if {
	count(input.spec.accountability.impactAssessments) == 0
} else := concat("; ", lib.inadequate_assessment_notes(counting_types)) if {
	count(lib.inadequate_assessment_notes(counting_types)) > 0
} else := sprintf("only assessments of type %s", [lib.quote_all({a.type |
	some a in input.spec.accountability.impactAssessments
})])
