# METADATA
# title: Solely automated decisions with legal effect and no human review
# description: >-
#   The system decides cases on its own, the decisions have legal or similarly
#   significant effects, and no person with authority to change the outcome
#   reviews them. People lose a benefit, a licence or a place on the strength
#   of a model's output, with nobody to hear them. GDPR Art 22 gives people the
#   right not to be subject to such decisions, and the AI Act requires
#   effective human oversight of high-risk systems.
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
#     effect.
package dria.rules.decisions.solely_automated

import data.dria.lib

applies if lib.decides_about_people

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.automation == "full"
	input.spec.decisions.legalEffect == true
	not effective_review
	msg := sprintf("decisions are fully automated (`automation: full`) with legal effect on %s, and %s", [
		lib.people_text,
		review_text,
	])
	paths := ["/spec/decisions/automation", "/spec/decisions/legalEffect", "/spec/decisions/humanReview"]
}

effective_review if {
	input.spec.decisions.humanReview.available == true
	input.spec.decisions.humanReview.canOverride == true
}

default review_text := "no human review with power to override is stated"

review_text := "no human review is available" if {
	input.spec.decisions.humanReview.available == false
} else := "reviewers cannot override the system" if {
	input.spec.decisions.humanReview.canOverride == false
}
