# METADATA
# title: System said to decide nothing about people although its description says it does
# description: >-
#   The description says the system takes, recommends and triggers no
#   decision or measure about individuals (`scope.decisionsAboutPeople:
#   false`), but it also says the system decides or informs decisions
#   (`decisions.automation` assistive, partial or full), that decisions have
#   legal effect, that its output leads to effects on people, or that it
#   risk-scores or profiles them. A system said to decide nothing about
#   people is not asked about review, explanation and appeal, so a claim
#   that its own facts contradict hides the safeguards people need; it is
#   reported with the facts that contradict it.
# custom:
#   id: DRIA-DEC-022
#   severity: high
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-AIA, ref: Art 14}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Correct `scope.decisionsAboutPeople` to true (a score or flag that
#     starts an investigation, a ranking or a suspension is a measure about a
#     person) and answer the questions about review, explanation and appeal.
package dria.rules.decisions.scope_decisions_contradicted

import data.dria.lib

applies if input.spec.scope.decisionsAboutPeople == false

facts contains sprintf("`automation: %s`", [lib.automation]) if lib.decides_about_people

facts contains "`legalEffect: true`" if input.spec.decisions.legalEffect == true

facts contains sprintf("`effects: %s`", [concat(", ", sort(lib.effects))]) if count(lib.effects) > 0

facts contains sprintf("`techniques: %s`", [concat(", ", sort(scoring))]) if count(scoring) > 0

scoring := lib.techniques & {"risk-scoring", "profiling", "predictive-policing", "social-scoring"}

fact_paths := array.concat(
	array.concat(
		["/spec/decisions/automation" | lib.decides_about_people],
		["/spec/decisions/legalEffect" | input.spec.decisions.legalEffect == true],
	),
	array.concat(
		["/spec/decisions/effects" | count(lib.effects) > 0],
		["/spec/ai/techniques" | count(scoring) > 0],
	),
)

findings contains {"msg": msg, "paths": paths} if {
	input.spec.scope.decisionsAboutPeople == false
	count(facts) > 0
	msg := sprintf(
		concat(" ", [
			"the system is said to take, recommend and trigger no decisions about people",
			"(`scope.decisionsAboutPeople: false`), but the description says %s",
		]),
		[lib.join_and(sort(facts))],
	)
	paths := array.concat(["/spec/scope/decisionsAboutPeople"], fact_paths)
}
