# METADATA
# title: Human review that cannot change the outcome, or is not stated to be able to
# description: >-
#   Human review of decisions with legal effect (or of outputs that lead to
#   measures weighing like one, such as an investigation or a suspension)
#   exists on paper, but the reviewers cannot override the system
#   (`canOverride: false`), or the description does not say that they can.
#   Review without the power to change the result is a rubber stamp: a
#   person wrongly flagged gets the appearance of a hearing without its
#   substance. The AI Act requires that human overseers can disregard,
#   override or reverse the system's output. Fully automated decisions where
#   reviewers cannot override are covered by DRIA-DEC-001; reviewers'
#   training by DRIA-DEC-013.
# custom:
#   id: DRIA-DEC-004
#   severity: medium
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Give reviewers the authority to overturn the system's output and the
#     time to do it, make them record their own reasons, and monitor how
#     often they depart from the system (a near-zero override rate is a
#     warning sign).
package dria.rules.decisions.rubber_stamp_review

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.decision_question_applies("decisions.humanReview.canOverride")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	lib.decides_about_people
	hr.available == true
	not left_to_dec001
	msg := sprintf(
		"human review of %s decisions %s on %s is available, but %s",
		[lib.quote(lib.automation), lib.effect_text, lib.people_text, problem],
	)
	paths := ["/spec/decisions/humanReview/canOverride", "/spec/decisions/automation", lib.effect_path]
}

hr := lib.human_review

# DRIA-DEC-001 already reports fully automated decisions whose reviewers
# cannot override.
left_to_dec001 if {
	lib.automation == "full"
	not hr.canOverride == true
}

problem := "reviewers cannot override the system (`canOverride: false`)" if {
	hr.canOverride == false
} else := "reviewers' power to override is not stated" if {
	lib.absent(["spec", "decisions", "humanReview", "canOverride"])
}
