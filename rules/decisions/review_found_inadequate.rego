# METADATA
# title: Human review of decisions found inadequate by an authority, audit or court
# description: >-
#   The description says people review the system's decisions, but an
#   authority, an audit, an inquiry or a court found that review inadequate
#   (`humanReview.status: found-inadequate`): too little time, no access to
#   the case, no real power to depart from the score, or reviewers who
#   simply confirm it. Review found to be a formality weighs as heavily as
#   no review at all: in the Uber "robo-firing" cases the Amsterdam Court of
#   Appeal held that the human involvement in deactivations was not much more
#   than a purely symbolic act. The rule applies to decisions with legal
#   effect or that lead to measures weighing like one (an investigation, a
#   suspension, a deactivation); fully automated decisions whose review was
#   found inadequate are reported by DRIA-DEC-001.
# custom:
#   id: DRIA-DEC-014
#   severity: high
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Treat the decisions as taken without human review until the findings
#     are remedied: give reviewers the time, the case file and the authority
#     to depart from the system, record their reasons, review again the
#     decisions taken under the inadequate review, and have the new review
#     checked by whoever found the old one inadequate.
package dria.rules.decisions.review_found_inadequate

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.decision_question_applies("decisions.humanReview")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.found_inadequate(lib.human_review)
	lib.significant_decision
	lib.decides_about_people
	not left_to_dec001
	msg := sprintf(
		"the human review of %s decisions%s %s on %s cannot be counted on: it was found inadequate%s",
		[lib.quote(lib.automation), lib.methods_text, lib.effect_text, lib.people_text, source_text],
	)
	paths := ["/spec/decisions/humanReview/status", "/spec/decisions/automation", lib.effect_path]
}

# DRIA-DEC-001 reports fully automated decisions without a review that
# counts, this one included.
left_to_dec001 if lib.automation == "full"

default source_text := ""

source_text := sprintf(" by %s", [lib.human_review.statusSource]) if is_string(lib.human_review.statusSource)
