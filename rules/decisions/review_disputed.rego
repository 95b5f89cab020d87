# METADATA
# title: Human review of decisions contested and not settled
# description: >-
#   The description says people review the system's decisions, but that
#   review is contested by affected people, civil society, auditors or a
#   regulator, and the dispute is not settled (`humanReview.status:
#   disputed`). Until it is, the review cannot be relied on as the safeguard
#   that makes decisions with legal effect (or measures weighing like them,
#   such as an investigation or a suspension) acceptable. A review found
#   inadequate is reported by DRIA-DEC-014.
# custom:
#   id: DRIA-DEC-015
#   severity: medium
#   likelihood: possible
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: UNGP, ref: "20"}
#   remediation: >-
#     Have the review checked independently (how often reviewers depart from
#     the system, how long they spend, what they can see), publish the result,
#     and answer the objections; state `humanReview.status: evidenced` with
#     the evidence once it is settled.
package dria.rules.decisions.review_disputed

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.decision_question_applies("decisions.humanReview")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.disputed(lib.human_review)
	lib.significant_decision
	lib.decides_about_people
	msg := sprintf(
		"the human review of %s decisions%s %s on %s is contested and not settled%s",
		[lib.quote(lib.automation), lib.methods_text, lib.effect_text, lib.people_text, source_text],
	)
	paths := ["/spec/decisions/humanReview/status", "/spec/decisions/automation", lib.effect_path]
}

default source_text := ""

source_text := sprintf(": %s", [lib.human_review.statusSource]) if is_string(lib.human_review.statusSource)
