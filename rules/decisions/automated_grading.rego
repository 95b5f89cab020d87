# METADATA
# title: Students' grades or admissions decided automatically with a safeguard missing
# description: >-
#   A model, a formula or a points system decides or largely decides
#   students' grades, admissions, placements or other decisions with
#   significant effects in education, and the student lacks at least one
#   safeguard: review by a trained person who can change the result (a
#   review found inadequate counts as missing), reasons for it, or an
#   appeal; the finding names which. In 2020 the UK
#   exam regulator's algorithm awarded A-level grades from each school's past
#   results, downgrading about 40% of teacher assessments and hitting
#   high-achieving students at disadvantaged schools hardest; it was
#   withdrawn after protests and a legal challenge. Education decisions shape
#   a life's opportunities, and a result a student cannot see the reasons
#   for or contest denies the fair assessment the right to education
#   requires. A safeguard marked not applicable is not asked.
# custom:
#   id: DRIA-DEC-010
#   severity: high
#   likelihood: likely
#   rights: [education, fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: ICESCR, ref: Art 13}
#     - {framework: UDHR, ref: Art 26}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-AIA, ref: Art 6}
#     - {framework: EU-AIA, ref: Art 86}
#   remediation: >-
#     Base each student's result on evidence about that student, not on the
#     past results of their school or cohort; have a trained assessor review
#     and be able to change every model-produced result; tell students how
#     their result was reached; and open an appeal on the merits, free of
#     charge, before results are used for admission.
package dria.rules.decisions.automated_grading

import data.dria.lib

applies if {
	"education" in lib.domains
	lib.decision_question_applies("decisions")
}

findings contains {"msg": msg, "paths": paths} if {
	"education" in lib.domains
	lib.automated_decisions
	lib.may_be_significant
	count(missing) > 0
	msg := sprintf(
		"%s decisions%s about students (grades, admission or status) affect %s%s, without %s",
		[lib.quote(lib.automation), lib.methods_text, lib.people_text, cohort_text, concat("; ", sort(missing))],
	)
	paths := array.concat(
		array.concat(["/spec/context/domains", "/spec/decisions/automation"], cohort_paths),
		sort(missing_paths),
	)
}

# Inputs that describe the school or cohort rather than the student: the
# 2020 A-level algorithm's core flaw.
cohort_pattern := `(?i)school|cohort|centre|center|class.average|historic|prior.year|previous.year|ranking.of`

cohort_inputs contains i if {
	some i, x in input.spec.ai.inputs
	regex.match(cohort_pattern, x)
}

default cohort_text := ""

cohort_text := sprintf(
	"; inputs such as %s judge students by others' results",
	[lib.quote_all({input.spec.ai.inputs[i] | some i in cohort_inputs})],
) if {
	count(cohort_inputs) > 0
}

cohort_paths := [sprintf("/spec/ai/inputs/%d", [i]) | some i in sort([i | some i in cohort_inputs])]

hr := lib.human_review

# Review counts when a trained assessor can change the result and the
# review was not found inadequate.
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

missing contains concat("", ["review by a trained assessor who can change the result", lib.review_note]) if no_review

missing contains "reasons given to the student" if no_reasons

missing contains "an appeal" if no_appeal

missing_paths contains "/spec/decisions/humanReview" if no_review

missing_paths contains "/spec/decisions/explanation" if no_reasons

missing_paths contains "/spec/accountability/appeal" if no_appeal
