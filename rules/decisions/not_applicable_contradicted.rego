# METADATA
# title: Decision questions marked not applicable although the system decides about people
# description: >-
#   A question about decisions (the decisions section, human review,
#   explanation, burden of proof, reversibility, legal effect, effects, or
#   the appeal) is marked not applicable in `spec.notApplicable`, but the
#   description itself says the system decides some or all cases
#   (`automation: partial` or `full`), that its decisions have legal effect,
#   or that its output leads to effects on people. A question marked not
#   applicable is not asked: the rules on solely automated decisions,
#   explanation, review and appeal are then silent. A claim that the facts
#   contradict hides exactly the safeguards people need, so it is reported
#   with its reason and the facts that contradict it.
# custom:
#   id: DRIA-DEC-021
#   severity: high
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Remove the claim from `spec.notApplicable` and answer the question (a
#     question that applies but has no safeguard is answered with false), or
#     correct the facts if the system really decides nothing about people.
package dria.rules.decisions.not_applicable_contradicted

import data.dria.lib

# The decision questions whose answers the decision rules need.
decision_questions := {
	"decisions", "decisions.automation", "decisions.legalEffect", "decisions.reversibility",
	"decisions.humanReview", "decisions.explanation", "decisions.burdenOfProof", "decisions.effects",
	"accountability.appeal",
}

decision_question(field) if field in decision_questions

# A field inside one of these questions (decisions.humanReview.trained),
# but not every field of the decisions section: decisions.matching may not
# apply to a system that decides.
decision_question(field) if {
	some q in (decision_questions - {"decisions"})
	startswith(field, concat("", [q, "."]))
}

claims[i] := entry if {
	some i, entry in input.spec.notApplicable
	decision_question(entry.field)
}

applies if count(claims) > 0

facts contains sprintf("`automation: %s`", [lib.automation]) if lib.automated_decisions

facts contains "`legalEffect: true`" if input.spec.decisions.legalEffect == true

facts contains sprintf("`effects: %s`", [concat(", ", sort(lib.effects))]) if count(lib.effects) > 0

fact_paths := array.concat(
	array.concat(
		["/spec/decisions/automation" | lib.automated_decisions],
		["/spec/decisions/legalEffect" | input.spec.decisions.legalEffect == true],
	),
	["/spec/decisions/effects" | count(lib.effects) > 0],
)

findings contains {"msg": msg, "paths": paths} if {
	count(facts) > 0
	some i, entry in claims
	msg := sprintf(
		"%s is marked not applicable (reason: %s), but the description says %s: the system decides about people",
		[lib.quote(entry.field), lib.quote(entry.reason), lib.join_and(sort(facts))],
	)
	paths := array.concat([sprintf("/spec/notApplicable/%d", [i])], fact_paths)
}
