# METADATA
# title: Appeal decided by the same body that made the decision
# description: >-
#   People can appeal a decision with legal effect, but the appeal is decided
#   by the same organisation or unit that made the decision (and often relied
#   on the same system), not by someone independent of it. Such a review
#   tends to confirm the original outcome, especially when staff are told to
#   trust the system's output or are judged on recovery targets. An
#   effective remedy requires an authority
#   able to examine the substance of the complaint and grant relief, and EU
#   law requires access to an independent and impartial tribunal.
# custom:
#   id: DRIA-REM-006
#   severity: medium
#   likelihood: likely
#   rights: [remedy, fair-trial]
#   category: remedy
#   references:
#     - {framework: EU-CFR, ref: Art 47}
#     - {framework: ECHR, ref: Art 13}
#     - {framework: ICCPR, ref: Art 2(3)}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Have appeals decided by a person or body independent of the original
#     decision-maker and of the system's operators (an administrative
#     tribunal, an ombudsperson, an independent review panel), with power to
#     reverse the decision, full access to the data and model output behind
#     it, and no instruction to defer to the system's score; inform people of
#     their further right to go to court.
package dria.rules.remedy.appeal_independence

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.significant_decision
	input.spec.accountability.appeal.available == true
	lib.decision_question_applies("accountability.appeal.independent")
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.appeal.independent == false
	msg := sprintf(
		concat(" ", [
			"appeals against decisions %s (`automation: %s`) on %s%s are decided by the",
			"original decision-maker, not by someone independent of it (`appeal.independent: false`)",
		]),
		[lib.effect_text, lib.automation, lib.people_text, domain_text],
	)
	paths := ["/spec/accountability/appeal/independent", "/spec/decisions/automation", lib.effect_path]
}

default domain_text := ""

domain_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0
