# METADATA
# title: Automated visa, asylum or border decisions without due-process safeguards
# description: >-
#   A model decides or triages visa, residence, asylum or border cases (for
#   example sorting applications into risk streams, as the UK Home Office's
#   visa "streaming tool" did until it was withdrawn in 2020), and the person
#   concerned lacks at least one basic safeguard: review by a trained
#   caseworker who can override the model, reasons for the decision, or an
#   appeal. Migration and border control is a high-risk area under Annex III
#   of the AI Act. A wrong or unexplained risk stream can mean refusal,
#   detention or removal to a place where the person faces persecution, and
#   people in these procedures are least able to find out about or contest a
#   model's output.
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

applies if "migration-border" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	"migration-border" in lib.domains
	model_decides
	lib.may_have_legal_effect
	count(missing) > 0
	msg := sprintf(
		"%s decisions in `migration-border` affecting %s%s lack %s",
		[lib.quote(lib.automation), lib.people_text, groups_text, concat("; ", sort(missing))],
	)
	paths := array.concat(["/spec/context/domains", "/spec/decisions/automation"], sort(missing_paths))
}

# The system decides cases, or a risk model triages them for a caseworker.
model_decides if lib.automated_decisions

model_decides if {
	lib.automation == "assistive"
	count(lib.techniques & {"risk-scoring", "profiling"}) > 0
}

migrant_groups := lib.groups & {"migrants", "refugees-asylum-seekers"}

default groups_text := ""

groups_text := sprintf(" (including %s)", [lib.quote_all(migrant_groups)]) if count(migrant_groups) > 0

hr := input.spec.decisions.humanReview

effective_review if {
	hr.available == true
	hr.canOverride == true
	hr.trained == true
}

explained if input.spec.decisions.explanation.provided == true

appeal if input.spec.accountability.appeal.available == true

missing contains "review by a trained caseworker who can override the model" if not effective_review

missing contains "reasons given to the applicant" if not explained

missing contains "an appeal" if not appeal

missing_paths contains "/spec/decisions/humanReview" if not effective_review

missing_paths contains "/spec/decisions/explanation" if not explained

missing_paths contains "/spec/accountability/appeal" if not appeal
