# METADATA
# title: Role of the system in decisions about people is not stated
# description: >-
#   The description does not say whether the system takes part in decisions
#   about individuals, how automated they are, whether they have legal or
#   similarly significant effects, or how reversible they are. These answers
#   decide which safeguards apply (GDPR Art 22, AI Act Art 14) and the impact
#   level.
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

findings contains {"msg": msg, "paths": paths} if {
	not input.spec.decisions.automation == "none"
	missing := [name |
		some name in ["automation", "legalEffect", "reversibility"]
		lib.absent(["spec", "decisions", name])
	]
	count(missing) > 0
	msg := sprintf("how the system decides about people is not fully stated: `decisions.%s` missing", [concat(
		"`, `decisions.",
		missing,
	)])
	paths := [sprintf("/spec/decisions/%s", [name]) | some name in missing]
}
