# METADATA
# title: Number of people affected is not stated
# description: >-
#   The description does not say how many people the system affects each year.
#   Scale is one of the three dimensions of severity in UN Guiding Principle
#   14; without it the assessment counts the system as large-scale.
# custom:
#   id: DRIA-GAP-001
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination, privacy]
#   category: information-gap
#   references:
#     - {framework: UNGP, ref: "14"}
#     - {framework: COE-HUDERIA, ref: ""}
#   remediation: >-
#     State `affected.people`: the number of people the system affects per
#     year (users, applicants, people in the data, passers-by), with its
#     source.
package dria.rules.gaps.people

import data.dria.lib

applies if lib.question_applies("affected.people")

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "affected", "people"])
	msg := concat(" ", [
		"the number of people affected per year (`affected.people`) is not",
		"stated, so the scale of harm cannot be judged and is counted as large",
	])
	paths := ["/spec/affected/people"]
}
