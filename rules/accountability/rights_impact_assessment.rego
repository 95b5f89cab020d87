# METADATA
# title: No human-rights impact assessment for a high-risk AI system
# description: >-
#   An AI system takes part in decisions about people in an area where the
#   stakes for their rights are high (welfare, policing, migration, justice,
#   education, employment, health, identity, elections, credit) or identifies
#   or categorises people by their biometrics, but nobody has assessed its
#   impact on human rights. A data-protection impact assessment alone does not
#   ask whether the model discriminates, whether people can contest its
#   outputs, or what happens to those wrongly flagged, which is where
#   welfare-fraud scoring, predictive policing and migration triage have
#   done their gravest harm. The AI Act requires public bodies and providers
#   of public services to assess fundamental-rights impacts before deploying
#   high-risk AI; UNGP 17 and 18, the Council of Europe AI Convention and its
#   HUDERIA methodology expect every organisation to assess risks to all
#   rights, with the people affected.
# custom:
#   id: DRIA-ACC-003
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination, fair-trial, privacy]
#   category: accountability
#   references:
#     - {framework: EU-AIA, ref: Art 27}
#     - {framework: UNGP, ref: "17"}
#     - {framework: UNGP, ref: "18"}
#     - {framework: COE-HUDERIA, ref: ""}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Before further use, carry out a fundamental or human-rights impact
#     assessment (for instance with the HUDERIA methodology or an algorithmic
#     impact assessment): map the groups affected, test for discrimination
#     and error by group, assess due process, human oversight and remedy,
#     rate each risk by scale, scope, reversibility and probability, consult
#     affected people and civil society, and record the measures taken for
#     each risk. Repeat it when the system or its use changes.
package dria.rules.accountability.rights_impact_assessment

import data.dria.lib

high_risk_domains := lib.sensitive_domains | {"finance"}

biometric_techniques := {
	"facial-recognition",
	"remote-biometric-identification",
	"emotion-recognition",
	"biometric-categorisation",
}

applies if {
	lib.ai_used
	lib.decides_about_people
	count(lib.domains & high_risk_domains) > 0
}

applies if count(lib.techniques & biometric_techniques) > 0

rights_types := {"hria", "fria", "aia"}

# An assessment found inadequate by an authority, audit or court does not
# count.
rights_assessed if count(lib.impact_assessments_done & rights_types) > 0

findings contains {"msg": msg, "paths": paths} if {
	is_array(input.spec.accountability.impactAssessments)
	not rights_assessed
	msg := sprintf(
		"no human-rights, fundamental-rights or algorithmic impact assessment%s is listed (%s) for this AI system, which %s",
		[holds_text, listed_text, context_text],
	)
	paths := array.concat(
		array.concat(["/spec/accountability/impactAssessments"], context_paths),
		lib.inadequate_assessment_paths(rights_types),
	)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "impactAssessments"])
	input.spec.decisions.legalEffect == true
	msg := sprintf(
		"whether a human-rights impact assessment was done is not stated for this AI system, which %s",
		[context_text],
	)
	paths := array.concat(["/spec/accountability"], context_paths)
}

default holds_text := ""

holds_text := " that holds" if count(lib.inadequate_assessment_notes(rights_types)) > 0

listed_text := "`impactAssessments: []`" if {
	count(input.spec.accountability.impactAssessments) == 0
} else := concat("; ", lib.inadequate_assessment_notes(rights_types)) if {
	count(lib.inadequate_assessment_notes(rights_types)) > 0
} else := sprintf(
	"only %s; a data-protection assessment does not cover discrimination, due process or remedy",
	[lib.quote_all(assessments_listed)],
)

assessments_listed contains sprintf("%s %s", [a.type, object.get(a, "date", "undated")]) if {
	some a in input.spec.accountability.impactAssessments
}

context_text := sprintf("takes part in decisions (`automation: %s`) on %s in %s", [
	lib.automation,
	lib.people_text,
	lib.quote_all(lib.domains & high_risk_domains),
]) if {
	lib.decides_about_people
	count(lib.domains & high_risk_domains) > 0
} else := sprintf("applies %s to %s", [lib.quote_all(lib.techniques & biometric_techniques), lib.people_text])

default context_paths := ["/spec/ai/techniques"]

context_paths := ["/spec/ai", "/spec/decisions/automation", "/spec/context/domains"] if {
	lib.decides_about_people
	count(lib.domains & high_risk_domains) > 0
}
