# METADATA
# title: Automated decisions in policing or justice with a due-process safeguard missing
# description: >-
#   A model, a rule-based score or a points system decides or triages cases
#   in law enforcement or the administration of justice (who is stopped, searched, investigated, detained, prosecuted
#   or released), and the person concerned lacks at least one basic
#   safeguard: review by a trained official who can override the model,
#   reasons for the decision, or an appeal. These are high-risk uses under
#   Annex III of the AI Act; decisions there bear directly on liberty and on
#   the presumption of innocence, and an error that no one can see or
#   contest can lead to arrest, detention or a conviction. A review found
#   inadequate by an authority, audit or court counts as missing; a
#   safeguard marked not applicable is not asked.
# custom:
#   id: DRIA-DEC-005
#   severity: high
#   likelihood: likely
#   rights: [fair-trial, liberty-security, remedy]
#   category: automated-decisions
#   references:
#     - {framework: ICCPR, ref: Art 14}
#     - {framework: ICCPR, ref: Art 9}
#     - {framework: ECHR, ref: Art 6}
#     - {framework: EU-AIA, ref: Art 6}
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Do not let the model's output be the basis for coercive action on its
#     own: require a trained official with authority to override to assess
#     each case on individual, verifiable facts; disclose to the person (or
#     their lawyer, in criminal proceedings) that a model was used and why it
#     flagged them; and guarantee a route to contest the output before a court
#     or independent body.
package dria.rules.decisions.justice_law_enforcement

import data.dria.lib

applies if {
	count(lib.domains & {"justice", "law-enforcement"}) > 0
	lib.decision_question_applies("decisions")
}

findings contains {"msg": msg, "paths": paths} if {
	hit := lib.domains & {"justice", "law-enforcement"}
	count(hit) > 0
	model_decides
	lib.may_be_significant
	count(missing) > 0
	msg := sprintf(
		"%s decisions%s in %s affecting %s lack %s",
		[lib.quote(lib.automation), lib.methods_text, lib.quote_all(hit), lib.people_text, concat("; ", sort(missing))],
	)
	paths := array.concat(["/spec/context/domains", "/spec/decisions/automation"], sort(missing_paths))
}

# The system decides cases, or a risk model, score or points system triages
# them for a human.
model_decides if lib.automated_decisions

model_decides if {
	lib.automation == "assistive"
	count(lib.scoring | (lib.techniques & {"predictive-policing"})) > 0
}

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

missing contains concat("", ["review by a trained official who can override the system", lib.review_note]) if no_review

missing contains "reasons given to the person" if no_reasons

missing contains "an appeal" if no_appeal

missing_paths contains "/spec/decisions/humanReview" if no_review

missing_paths contains "/spec/decisions/explanation" if no_reasons

missing_paths contains "/spec/accountability/appeal" if no_appeal
