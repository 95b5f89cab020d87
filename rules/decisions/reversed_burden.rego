# METADATA
# title: People must disprove an automated decision with legal or similarly significant effects
# description: >-
#   The system takes or shapes decisions with legal or similarly significant
#   effects (or that lead to measures weighing like them, such as debt
#   recovery or a benefit suspension), and the person concerned has to prove the system wrong
#   (`burdenOfProof: individual`) rather than the authority having to show
#   that its decision is right. This is the pattern of Australia's Robodebt
#   scheme, where debts computed by income averaging stood unless people could
#   produce years-old payslips, and of the Dutch childcare-benefits scandal.
#   Reversing the burden turns a statistical output into a presumption of
#   wrongdoing, undermines the right to be heard and the presumption of
#   innocence, and leaves people who cannot gather evidence without a remedy.
#   Not applicable when the burden of proof is marked not applicable or the
#   system decides nothing about people.
# custom:
#   id: DRIA-DEC-002
#   severity: high
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: ICCPR, ref: Art 14}
#     - {framework: ECHR, ref: Art 6}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Make the authority prove every adverse decision: a model output or data
#     match may open an inquiry but must be verified by a person against
#     individual evidence before any decision, debt or sanction takes effect.
#     Tell people what was found and why, accept reasonable explanations
#     without documentary proof the authority could obtain itself, and review
#     past decisions taken under the reversed burden.
package dria.rules.decisions.reversed_burden

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.decision_question_applies("decisions.burdenOfProof")
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.burdenOfProof == "individual"
	lib.automated_decisions
	lib.significant_decision
	msg := sprintf(
		concat(" ", [
			"people must prove the system wrong (`burdenOfProof: individual`)",
			"in %s automated decisions%s %s on %s%s",
		]),
		[lib.quote(lib.automation), lib.methods_text, lib.effect_text, lib.people_text, reasons_text],
	)
	paths := array.concat(
		["/spec/decisions/burdenOfProof", "/spec/decisions/automation", lib.effect_path],
		reasons_paths,
	)
}

no_reasons if input.spec.decisions.explanation.provided == false

default reasons_text := ""

reasons_text := concat(" ", [
	", and they are not told the reasons (`explanation.provided: false`),",
	"so they cannot know what to rebut",
]) if {
	no_reasons
}

default reasons_paths := []

reasons_paths := ["/spec/decisions/explanation/provided"] if no_reasons
