# METADATA
# title: No published documentation, or none stated, for an AI or scoring system with legal or similar effects
# description: >-
#   A model, a rule-based score or a points system takes part in decisions
#   with legal or similarly significant effects on people (hiring, credit,
#   insurance, access to a service), or in measures weighing like them, but
#   its purpose, logic, data and limits are not documented publicly
#   (`documentationPublished: false`), or the description does not say they
#   are. Those
#   who deploy it cannot interpret its outputs or use it properly, and the
#   people it scores cannot understand or contest the result; biased
#   criteria, such as the CV screener that downgraded applications
#   mentioning women's organisations, go unnoticed. The AI Act requires
#   high-risk AI to come with instructions that let deployers understand its
#   output, capabilities and limits, and gives people a right to an
#   explanation; GDPR requires meaningful information about the logic of
#   automated decisions. Not applicable when documentation is marked not
#   applicable.
# custom:
#   id: DRIA-TRANS-006
#   severity: medium
#   likelihood: likely
#   rights: [fair-trial, remedy, non-discrimination]
#   category: transparency
#   references:
#     - {framework: EU-AIA, ref: Art 13}
#     - {framework: EU-AIA, ref: Art 86}
#     - {framework: GDPR, ref: Art 13}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Publish documentation of the system: intended purpose and uses it is not
#     fit for, the features and data it relies on, how outputs are produced and
#     should be interpreted, accuracy and error rates for each group tested,
#     known limits and risks, and the human oversight expected of deployers.
#     Give each person a clear explanation of the main factors behind a
#     decision about them.
package dria.rules.transparency.ai_documentation

import data.dria.lib

# Public bodies' decision systems are covered by DRIA-TRANS-003.
applies if {
	lib.automated_scoring
	lib.decides_about_people
	not lib.is_public_sector
	lib.question_applies("transparency.documentationPublished")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	input.spec.transparency.documentationPublished == false
	msg := sprintf("the purpose, logic and data of %s are not published (`documentationPublished: false`)%s", [
		model_text,
		reasons_text,
	])
	paths := array.concat(
		[
			"/spec/ai",
			"/spec/decisions/automation",
			lib.effect_path,
			"/spec/transparency/documentationPublished",
		],
		reasons_paths,
	)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	lib.absent(["spec", "transparency", "documentationPublished"])
	msg := sprintf("whether the purpose, logic and data of %s are documented publicly is not stated%s", [
		model_text,
		reasons_text,
	])
	paths := array.concat(
		["/spec/ai", "/spec/decisions/automation", lib.effect_path, "/spec/transparency"],
		reasons_paths,
	)
}

model_text := sprintf("the AI system, which applies %s in decisions %s (`automation: %s`) on %s%s,", [
	lib.quote_all(lib.techniques),
	lib.effect_text,
	lib.automation,
	lib.people_text,
	domain_text,
]) if {
	count(lib.techniques) > 0
} else := sprintf("the AI system, which takes part in decisions %s (`automation: %s`) on %s%s,", [
	lib.effect_text,
	lib.automation,
	lib.people_text,
	domain_text,
]) if {
	lib.ai_used
} else := sprintf("the scoring system%s, which takes part in decisions %s (`automation: %s`) on %s%s,", [
	lib.methods_text,
	lib.effect_text,
	lib.automation,
	lib.people_text,
	domain_text,
])

default domain_text := ""

domain_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0

default reasons_text := ""

reasons_text := " and people get no explanation of the decision about them (`explanation.provided: false`)" if {
	input.spec.decisions.explanation.provided == false
}

default reasons_paths := []

reasons_paths := ["/spec/decisions/explanation/provided"] if {
	input.spec.decisions.explanation.provided == false
}
