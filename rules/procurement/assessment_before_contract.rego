# METADATA
# title: High-risk system being procured without a human rights impact assessment
# description: >-
#   A public body is procuring a system that will take or shape decisions
#   with significant effects on people, in an area such as benefits,
#   policing, migration, justice, education or employment, and no human
#   rights, fundamental rights or algorithmic impact assessment is listed.
#   Once the contract is signed, the specification, the data and the
#   vendor's design choices are fixed; an assessment done afterwards can only
#   document harms it can no longer prevent. The UN Guiding Principles expect
#   states to use procurement to promote respect for human rights, and the
#   AI Act and Canada's Directive require the assessment before first use.
# custom:
#   id: DRIA-PROC-002
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination, remedy]
#   category: procurement
#   references:
#     - {framework: UNGP, ref: "6"}
#     - {framework: UNGP, ref: "17"}
#     - {framework: EU-AIA, ref: Art 27}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Carry out and publish a human rights (or fundamental rights, or
#     algorithmic) impact assessment with the affected groups before the
#     award, write its findings into the technical specifications and award
#     criteria (bias testing, audit access, human oversight, explanation,
#     redress), and make the vendor's cooperation with later assessments a
#     contract condition.
package dria.rules.procurement.assessment_before_contract

import data.dria.lib

applies if {
	input.spec.context.lifecycle == "procurement"
	lib.is_public_sector
}

high_risk_domains := {
	"social-benefits", "law-enforcement", "migration-border", "justice", "education",
	"employment", "surveillance", "digital-identity", "health", "elections",
}

high_risk contains d if {
	lib.decides_about_people
	lib.may_have_legal_effect
	some d in (lib.domains & high_risk_domains)
}

high_risk contains "decisions with legal effect" if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
	count(lib.domains & high_risk_domains) == 0
}

rights_types := {"hria", "fria", "aia"}

# An assessment found inadequate by an authority, audit or court does not
# count.
rights_assessment if count(lib.impact_assessments_done & rights_types) > 0

findings contains {"msg": msg, "paths": paths} if {
	input.spec.context.lifecycle == "procurement"
	lib.is_public_sector
	count(high_risk) > 0
	not rights_assessment
	msg := sprintf(
		concat(" ", [
			"a system for %s affecting %s is being procured (`lifecycle: procurement`)",
			"without a human rights, fundamental rights or algorithmic impact assessment (%s)",
		]),
		[lib.quote_all(high_risk), lib.people_text, listed_text],
	)
	paths := array.concat(
		["/spec/accountability/impactAssessments", "/spec/context/lifecycle", "/spec/context/domains"],
		lib.inadequate_assessment_paths(rights_types),
	)
}

listed contains a.type if some a in input.spec.accountability.impactAssessments

default listed_text := "no impact assessment is listed"

listed_text := concat("; ", lib.inadequate_assessment_notes(rights_types)) if {
	count(lib.inadequate_assessment_notes(rights_types)) > 0
} else := sprintf("assessments listed: %s", [lib.quote_all(listed)]) if {
	count(listed) > 0
}
