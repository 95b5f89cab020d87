# METADATA
# title: Automated visa, asylum or border decisions with a due-process safeguard missing
# description: >-
#   A model, a rule-based score or a points system decides or triages visa,
#   residence, asylum or border cases (for
#   example sorting applications into risk streams, as the UK Home Office's
#   visa "streaming tool" did until it was withdrawn in 2020), and the person
#   concerned lacks at least one basic safeguard: review by a trained
#   caseworker who can override the model, reasons for the decision, or an
#   appeal. Migration and border control is a high-risk area under Annex III
#   of the AI Act. A wrong or unexplained risk stream can mean refusal,
#   detention or removal to a place where the person faces persecution, and
#   people in these procedures are least able to find out about or contest a
#   model's output. A review found inadequate by an authority, audit or
#   court counts as missing; a safeguard marked not applicable is not asked.
# custom:
#   id: DRIA-DEC-006
#   severity: high
#   likelihood: likely
#   rights: [movement-asylum, fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: UDHR, ref: Art 14}
#     - {framework: ICCPR, ref: Art 13}
#     - {framework: EU-CFR, ref: Art 18}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: EU-AIA, ref: Art 6}
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Have every application decided on its individual merits by a trained
#     caseworker who can and does depart from the risk stream; tell applicants
#     that a model was used, what stream they were put in and why; keep an
#     appeal to an independent body open before any refusal or removal is
#     carried out; and never let a stream alone shorten asylum procedures.
package dria.rules.decisions.migration_decisions

import data.dria.lib

applies if {
	"migration-border" in lib.domains
	lib.decision_question_applies("decisions")
}

findings contains {"msg": msg, "paths": paths} if {
	"migration-border" in lib.domains
	model_decides
	lib.may_be_significant
	count(missing) > 0
	msg := sprintf(
		"%s decisions%s in `migration-border` affecting %s%s lack %s",
		[lib.quote(lib.automation), lib.methods_text, lib.people_text, groups_text, concat("; ", sort(missing))],
	)
	paths := array.concat(["/spec/context/domains", "/spec/decisions/automation"], sort(missing_paths))
}

# The system decides cases, or a risk model, score or points system triages
# them for a caseworker.
model_decides if lib.automated_decisions

model_decides if {
	lib.automation == "assistive"
	count(lib.scoring) > 0
}

migrant_groups := lib.groups & {"migrants", "refugees-asylum-seekers", "people-with-migration-background"}

default groups_text := ""

groups_text := sprintf(" (including %s)", [lib.quote_all(migrant_groups)]) if count(migrant_groups) > 0

hr := lib.human_review

# Review counts when a trained person can change the outcome and the review
# was not found inadequate.
effective_review if {
	lib.overriding_review
	hr.trained == true
}

explained if input.spec.decisions.explanation.provided == true

appeal if input.spec.accountability.appeal.available == true

# A safeguard is missing when it is not in place and its question applies
# (not marked not applicable).
no_review if {
	not effective_review
	lib.decision_question_applies("decisions.humanReview")
}

no_reasons if {
	not explained
	lib.decision_question_applies("decisions.explanation")
}

no_appeal if {
	not appeal
	lib.decision_question_applies("accountability.appeal")
}

review_text := concat("", ["review by a trained caseworker who can override the system", lib.review_note])

missing contains review_text if no_review

missing contains "reasons given to the applicant" if no_reasons

missing contains "an appeal" if no_appeal

missing_paths contains "/spec/decisions/humanReview" if no_review

missing_paths contains "/spec/decisions/explanation" if no_reasons

missing_paths contains "/spec/accountability/appeal" if no_appeal
