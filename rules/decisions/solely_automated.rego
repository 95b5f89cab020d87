# METADATA
# title: Solely automated decisions with legal or similarly significant effects and no effective human review
# description: >-
#   The system decides cases on its own, the decisions have legal or
#   similarly significant effects (or lead to measures that weigh like them:
#   an investigation, a home visit, a suspension, a deactivation), and no
#   person with authority to change the outcome reviews them: there is no
#   review, the reviewers cannot override the system, or an authority, audit
#   or court found the review inadequate. People lose a benefit, a licence
#   or their work on the strength of a model's or a rule's output, with
#   nobody to hear them. GDPR Art 22 gives people the right not to be subject
#   to such decisions, whether a model or a rule in code takes them, and the
#   AI Act requires effective human oversight of high-risk systems. Not
#   applicable when human review is marked not applicable or the system
#   decides nothing about people.
# custom:
#   id: DRIA-DEC-001
#   severity: high
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: ICCPR, ref: Art 14}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Put a trained person with authority to override in the loop for every
#     decision with legal effect, or at least for every adverse one, and give
#     people a simple way to ask for that review before the decision takes
#     effect. Where a review was found to be a formality, change how it works
#     (time, authority, access to the case) and have it checked again.
package dria.rules.decisions.solely_automated

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.decision_question_applies("decisions.humanReview")
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.automation == "full"
	lib.significant_decision
	not lib.overriding_review
	msg := sprintf("decisions are fully automated (`automation: full`)%s %s on %s, and %s", [
		lib.methods_text,
		lib.effect_text,
		lib.people_text,
		review_text,
	])
	paths := ["/spec/decisions/automation", lib.effect_path, "/spec/decisions/humanReview"]
}

hr := lib.human_review

default review_text := "no human review with power to override is stated"

review_text := "no human review is available" if {
	hr.available == false
} else := sprintf("the human review cannot be counted on%s", [lib.review_note]) if {
	lib.found_inadequate(hr)
} else := "reviewers cannot override the system" if {
	hr.canOverride == false
}
