# METADATA
# title: Human review that cannot change the outcome
# description: >-
#   Human review of decisions with legal effect exists on paper, but the
#   reviewers cannot override the system or are not trained to question it.
#   Such review becomes a rubber stamp: people under time pressure defer to
#   the score (automation bias), and a person wrongly flagged gets the
#   appearance of a hearing without its substance. The AI Act requires that
#   human overseers understand the system's limits, are aware of automation
#   bias and can disregard or reverse its output, and that deployers give them
#   the competence, training and authority to do so. Fully automated decisions
#   where reviewers cannot override are covered by DRIA-DEC-001.
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
#     time to do it, train them on the model's error rates, known biases and
#     automation bias, make them record their own reasons, and monitor how
#     often they depart from the model (a near-zero override rate is a warning
#     sign).
package dria.rules.decisions.rubber_stamp_review

import data.dria.lib

applies if lib.decides_about_people

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.legalEffect == true
	lib.decides_about_people
	input.spec.decisions.humanReview.available == true
	not left_to_dec001
	count(problems) > 0
	msg := sprintf(
		"human review of %s decisions with legal effect on %s is available, but %s",
		[lib.quote(lib.automation), lib.people_text, concat(" and ", sort(problems))],
	)
	paths := ["/spec/decisions/humanReview", "/spec/decisions/automation", "/spec/decisions/legalEffect"]
}

hr := input.spec.decisions.humanReview

can_override if hr.canOverride == true

# DRIA-DEC-001 already reports fully automated decisions whose reviewers
# cannot override.
left_to_dec001 if {
	lib.automation == "full"
	not can_override
}

problems contains "reviewers cannot override the system (`canOverride: false`)" if hr.canOverride == false

problems contains "reviewers' power to override is not stated" if lib.absent([
	"spec",
	"decisions",
	"humanReview",
	"canOverride",
])

problems contains "reviewers are not trained (`trained: false`)" if hr.trained == false

problems contains "reviewers' training is not stated" if lib.absent(["spec", "decisions", "humanReview", "trained"])
