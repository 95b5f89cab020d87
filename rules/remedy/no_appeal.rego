# METADATA
# title: No appeal, or none stated, against decisions with legal or similarly significant effects
# description: >-
#   The system takes part in decisions that have legal or similarly
#   significant effects on people (a benefit stopped, a visa refused, a
#   person flagged to the police, an applicant rejected), or whose output
#   leads to measures weighing like them (an investigation, a home visit, a
#   suspension, a deactivation), but there is no way to appeal the decision
#   (`appeal.available: false`), or the description does not say there is. An error, or a discriminatory criterion, then
#   becomes final for everyone it touches; in the Robodebt and Dutch
#   childcare-benefits cases, people who found no effective way to contest
#   automated findings were pushed into debt for years. Everyone whose rights
#   are violated has the right to an effective remedy before an independent
#   authority (UDHR Art 8, ICCPR Art 2(3), ECHR Art 13, EU Charter Art 47),
#   and GDPR gives people subject to automated decisions the right to
#   contest them. Not applicable when the appeal is marked not applicable or
#   the system decides nothing about people.
# custom:
#   id: DRIA-REM-005
#   severity: high
#   likelihood: likely
#   rights: [remedy, fair-trial]
#   category: remedy
#   references:
#     - {framework: EU-CFR, ref: Art 47}
#     - {framework: ECHR, ref: Art 13}
#     - {framework: ICCPR, ref: Art 2(3)}
#     - {framework: UDHR, ref: Art 8}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Give every person a right to appeal a decision about them to someone
#     independent of the original decision-maker, with the power to reverse
#     it, access to the data and reasons behind it, a clear time limit and no
#     cost; tell people about the appeal with the decision itself, and
#     suspend the decision while the appeal is pending where its effects are
#     hard to undo.
package dria.rules.remedy.no_appeal

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.significant_decision
	lib.decision_question_applies("accountability.appeal")
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.appeal.available == false
	msg := sprintf(
		"people cannot appeal (`appeal.available: false`) decisions %s (`automation: %s`) on %s%s",
		[lib.effect_text, lib.automation, lib.people_text, domain_text],
	)
	paths := ["/spec/accountability/appeal/available", "/spec/decisions/automation", lib.effect_path]
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "appeal", "available"])
	msg := sprintf("whether people can appeal decisions %s (`automation: %s`) on %s%s is not stated", [
		lib.effect_text,
		lib.automation,
		lib.people_text,
		domain_text,
	])
	paths := ["/spec/accountability/appeal", "/spec/decisions/automation", lib.effect_path]
}

default domain_text := ""

domain_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0
