# METADATA
# title: Public deployer of high-risk AI with a rights assessment but no Art 27 FRIA
# description: >-
#   A public body, or a private company delivering a public service, uses an
#   AI system in an area listed as high-risk in Annex III of the AI Act
#   (biometrics, education, employment, access to public benefits, law
#   enforcement, migration and border control, administration of justice)
#   in the EU, and has done a human rights or algorithmic impact assessment
#   but no fundamental rights impact assessment (FRIA). Article 27 requires
#   such deployers to assess, before first use, the process and period of
#   use, the people and groups likely to be affected, the specific risks of
#   harm to them, the human oversight measures and the arrangements for
#   complaints and redress, and to notify the results to the market
#   surveillance authority; a general assessment may not cover all of this.
#   Systems with no rights impact assessment at all are reported by
#   DRIA-ACC-003.
# custom:
#   id: DRIA-AIA-006
#   severity: low
#   likelihood: possible
#   rights: [non-discrimination, remedy]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 27}
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: EU-AIA, ref: Art 6}
#   remediation: >-
#     Check the existing assessment against every element of Art 27(1),
#     complete what is missing (notably the specific risks to the groups
#     affected, the human oversight measures, and what will be done if risks
#     materialise), notify the results to the market surveillance authority
#     using the AI Office template, and record it under
#     `accountability.impactAssessments` with type `fria`.
package dria.rules.aiact.no_fria

import data.dria.lib

# Annex III areas (point 2, critical infrastructure, is excluded from
# Art 27) expressed as domains.
annex_domains := {"education", "employment", "social-benefits", "law-enforcement", "migration-border", "justice"}

# Annex III point 1: remote biometric identification, biometric
# categorisation and emotion recognition.
biometric_uses := lib.techniques & {
	"remote-biometric-identification",
	"biometric-categorisation",
	"emotion-recognition",
}

high_risk_areas contains d if {
	lib.decides_about_people
	some d in (lib.domains & annex_domains)
}

high_risk_areas contains sprintf("biometrics: %s", [t]) if some t in biometric_uses

# Facial recognition used only to verify that people are who they claim to
# be is not remote biometric identification (Annex III 1(a) leaves
# verification out).
high_risk_areas contains "biometrics: facial-recognition" if {
	"facial-recognition" in lib.techniques
	input.spec.ai.biometricMode in {"retrospective", "real-time"}
	lib.biometric_identifies
}

high_risk_areas contains "biometrics: categorisation" if {
	"categorisation" in lib.biometric_functions
	not "biometric-categorisation" in lib.techniques
}

provider_only if input.spec.context.role == "provider"

public_deployer if {
	lib.is_public_sector
	not provider_only
}

applies if {
	lib.ai_used
	public_deployer
	lib.in_eea
	count(high_risk_areas) > 0
}

# Assessments found inadequate by an authority, audit or court do not count.
assessed := lib.impact_assessments_done

findings contains {"msg": msg, "paths": paths} if {
	lib.ai_used
	public_deployer
	lib.in_eea
	count(high_risk_areas) > 0
	other := assessed & {"hria", "aia"}
	count(other) > 0
	not "fria" in assessed
	msg := sprintf(
		concat(" ", [
			"a %s deployer uses a high-risk AI system (Annex III: %s) on %s with an %s",
			"assessment but no fundamental rights impact assessment under AI Act Art 27 (`fria`)%s",
		]),
		[
			lib.quote(input.spec.context.sector),
			lib.quote_all(high_risk_areas),
			lib.people_text,
			lib.quote_all(other),
			fria_note,
		],
	)
	paths := array.concat(
		array.concat(
			["/spec/accountability/impactAssessments", "/spec/context/sector", "/spec/context/domains"],
			technique_paths,
		),
		lib.inadequate_assessment_paths({"fria"}),
	)
}

default fria_note := ""

fria_note := sprintf(": %s", [concat("; ", lib.inadequate_assessment_notes({"fria"}))]) if {
	count(lib.inadequate_assessment_notes({"fria"})) > 0
}

technique_paths := sort({area_path(a) | some a in high_risk_areas; startswith(a, "biometrics")})

area_path(a) := "/spec/ai/biometricFunctions" if a == "biometrics: categorisation"

else := "/spec/ai/techniques"
