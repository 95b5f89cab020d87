# METADATA
# title: No reasons given for decisions with legal effect
# description: >-
#   A model takes or shapes decisions with legal or similarly significant
#   effects on people, and they are not given the reasons for the decision
#   about them. Without knowing which data and which factors led to a refusal,
#   a suspension or a flag, a person cannot correct a wrong record, challenge
#   the logic or prepare an appeal. The GDPR requires meaningful information
#   about the logic of automated decisions and the right to contest them, the
#   AI Act gives people a right to an explanation of decisions based on
#   high-risk AI, and good administration requires authorities to give reasons.
#   An unstated explanation is reported by the information-gap rules.
# custom:
#   id: DRIA-DEC-003
#   severity: medium
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-AIA, ref: Art 86}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: EU-CFR, ref: Art 47}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Give every person a decision notice in plain language that states the
#     outcome, the main factors and data that led to it, the role the model
#     played, and how to contest it; keep the evidence (template, sample
#     notices) and link it in `decisions.explanation.evidence`.
package dria.rules.decisions.no_explanation

import data.dria.lib

applies if lib.decides_about_people

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.legalEffect == true
	model_shapes_decision
	input.spec.decisions.explanation.provided == false
	msg := sprintf(
		"%s decisions with legal effect on %s come without reasons for the person concerned (`explanation.provided: false`)",
		[lib.quote(lib.automation), lib.people_text],
	)
	paths := ["/spec/decisions/explanation/provided", "/spec/decisions/automation", "/spec/decisions/legalEffect"]
}

# The system decides some or all cases, or a model supports a human decision.
model_shapes_decision if lib.automated_decisions

model_shapes_decision if {
	lib.automation == "assistive"
	lib.ai_used
}
