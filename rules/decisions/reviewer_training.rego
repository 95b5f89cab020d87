# METADATA
# title: Reviewers of decisions not trained to question the system, or not stated to be
# description: >-
#   Human review of decisions with legal effect (or of outputs that lead to
#   measures weighing like one, such as an investigation or a suspension)
#   exists, but the reviewers are not trained to understand the system and
#   its limits (`trained: false`), or the description does not say that they
#   are. Untrained reviewers under time pressure defer to the score
#   (automation bias), so their review rarely catches the system's errors.
#   The AI Act requires that human overseers understand the system's
#   capacities and limits and are aware of automation bias, and that
#   deployers give them the competence and training to do so. Split from
#   DRIA-DEC-004, which reports reviewers who cannot override.
# custom:
#   id: DRIA-DEC-013
#   severity: medium
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Train reviewers before they start and after each change of the system
#     on its error rates, known biases and automation bias, give them access
#     to the case file and not just the score, and state
#     `decisions.humanReview.trained` with the evidence.
package dria.rules.decisions.reviewer_training

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.decision_question_applies("decisions.humanReview.trained")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	lib.decides_about_people
	hr.available == true
	msg := sprintf(
		"human review of %s decisions %s on %s is available, but %s",
		[lib.quote(lib.automation), lib.effect_text, lib.people_text, problem],
	)
	paths := ["/spec/decisions/humanReview/trained", "/spec/decisions/automation", lib.effect_path]
}

hr := lib.human_review

problem := "reviewers are not trained to question the system (`trained: false`)" if {
	hr.trained == false
} else := "reviewers' training is not stated" if {
	lib.absent(["spec", "decisions", "humanReview", "trained"])
}
