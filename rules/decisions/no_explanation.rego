# METADATA
# title: No reasons given for decisions with legal or similarly significant effects
# description: >-
#   A model, a rule-based score, a points system or record matching takes or
#   shapes decisions with legal or similarly significant effects on people
#   (or that lead to measures weighing like them, such as an investigation
#   or a suspension), and they are not given the reasons for the decision
#   about them. Without knowing which data and which factors led to a refusal,
#   a suspension or a flag, a person cannot correct a wrong record, challenge
#   the logic or prepare an appeal. The GDPR requires meaningful information
#   about the logic of automated decisions and the right to contest them, the
#   AI Act gives people a right to an explanation of decisions based on
#   high-risk AI, and good administration requires authorities to give reasons.
#   An unstated explanation is reported by the information-gap rules. Not
#   applicable when the explanation is marked not applicable or the system
#   decides nothing about people.
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

applies if {
	lib.decides_about_people
	lib.decision_question_applies("decisions.explanation")
}

# The system decides some or all cases, or a model, score or rule in code
# supports a human decision (lib.shapes_decisions).
findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	lib.shapes_decisions
	input.spec.decisions.explanation.provided == false
	msg := sprintf(
		"%s decisions%s %s on %s come without reasons for the person concerned (`explanation.provided: false`)",
		[lib.quote(lib.automation), lib.methods_text, lib.effect_text, lib.people_text],
	)
	paths := ["/spec/decisions/explanation/provided", "/spec/decisions/automation", lib.effect_path]
}
