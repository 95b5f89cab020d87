# METADATA
# title: Purpose, logic and data of a public decision system not published, or not stated to be
# description: >-
#   A public body uses the system to decide about people with legal or
#   similarly significant effects (or measures weighing like them, such as
#   an investigation or a suspension), but does not publish what the system
#   is for, how it reaches its outputs and which data it uses
#   (`documentationPublished: false`), or, for automated decisions, the
#   description does not say that it does. People cannot
#   understand or challenge a decision whose logic is secret, courts and
#   ombudspersons cannot check it against the law, and discriminatory criteria
#   (nationality in the Dutch childcare-benefits risk model, the income
#   averaging of Australia's Robodebt) stay hidden until the harm is massive.
#   Good administration includes the duty to give reasons; the OECD action
#   plan and the Warsaw Declaration ask for transparent public institutions
#   and algorithms. Not applicable when documentation is marked not
#   applicable.
# custom:
#   id: DRIA-TRANS-003
#   severity: medium
#   likelihood: likely
#   rights: [fair-trial, remedy, participation]
#   category: transparency
#   references:
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: OECD-DD, ref: Key area 2}
#     - {framework: WARSAW, ref: P16}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Publish, in plain language, the purpose of the system, the legal basis,
#     the decisions it informs, the criteria, features and weights or rules it
#     applies, the data sources, the accuracy and error rates measured, and
#     the human role in each decision. Give each person the main reasons for
#     the decision about them. Withhold only specific details whose
#     publication would defeat a legitimate aim, and say what was withheld
#     and why.
package dria.rules.transparency.public_decision_logic

import data.dria.lib

applies if {
	lib.is_public_sector
	lib.decides_about_people
	lib.question_applies("transparency.documentationPublished")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	input.spec.transparency.documentationPublished == false
	msg := sprintf("the purpose, logic and data of this public %s are not published (`documentationPublished: false`)%s", [
		decision_text,
		reasons_text,
	])
	paths := array.concat(
		[
			"/spec/context/sector",
			"/spec/decisions/automation",
			lib.effect_path,
			"/spec/transparency/documentationPublished",
		],
		reasons_paths,
	)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	lib.automated_decisions
	lib.absent(["spec", "transparency", "documentationPublished"])
	msg := sprintf("whether the purpose, logic and data of this public %s are published is not stated%s", [
		decision_text,
		reasons_text,
	])
	paths := array.concat(
		["/spec/context/sector", "/spec/decisions/automation", lib.effect_path, "/spec/transparency"],
		reasons_paths,
	)
}

decision_text := sprintf("system, which takes part in decisions %s (`automation: %s`) on %s%s,", [
	lib.effect_text,
	lib.automation,
	lib.people_text,
	domain_text,
])

default domain_text := ""

domain_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0

default reasons_text := ""

reasons_text := " and people get no reasons for the decision about them (`explanation.provided: false`)" if {
	input.spec.decisions.explanation.provided == false
}

default reasons_paths := []

reasons_paths := ["/spec/decisions/explanation/provided"] if {
	input.spec.decisions.explanation.provided == false
}
