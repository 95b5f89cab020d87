# METADATA
# title: Role of the system in decisions about people is not fully stated
# description: >-
#   The description leaves out how automated the system's decisions about
#   individuals are, whether they have legal or similarly significant
#   effects, or how reversible they are; the finding names which. These
#   answers decide which safeguards apply (GDPR Art 22, AI Act Art 14) and
#   the impact level. A system that decides nothing about people
#   (`automation: none`, or `scope.decisionsAboutPeople: false`) or touches
#   no one is not asked, nor is a field marked not applicable.
# custom:
#   id: DRIA-GAP-004
#   severity: medium
#   likelihood: possible
#   rights: [fair-trial, remedy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 22"}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     State `decisions.automation` (none if the system decides nothing about
#     individuals), `decisions.legalEffect` and `decisions.reversibility`.
package dria.rules.gaps.automation

import data.dria.lib

asked := [name |
	some name in ["automation", "legalEffect", "reversibility"]
	lib.decision_question_applies(concat(".", ["decisions", name]))
]

applies if count(asked) > 0

findings contains {"msg": msg, "paths": paths} if {
	not input.spec.decisions.automation == "none"
	missing := [name | some name in asked; lib.absent(["spec", "decisions", name])]
	count(missing) > 0
	msg := sprintf("how the system decides about people is not fully stated: `decisions.%s` missing", [concat(
		"`, `decisions.",
		missing,
	)])
	paths := [sprintf("/spec/decisions/%s", [name]) | some name in missing]
}
