# METADATA
# title: How people can complain about the system is not stated
# description: >-
#   The description does not say whether the people affected can complain
#   about the system (`accountability.grievance`). Effective remedy needs a
#   route people know and can use (UNGP 29, 31). This gap applies to every
#   system that touches people, so it is rated possible; where the stakes
#   are high (decisions with legal effect, surveillance, vulnerable people
#   who cannot opt out), DRIA-REM-001 reports an unstated grievance route as
#   likely. A system that touches no one is not asked, nor is a grievance
#   route marked not applicable. Whether people can appeal a decision is
#   asked by DRIA-GAP-021.
# custom:
#   id: DRIA-GAP-011
#   severity: medium
#   likelihood: possible
#   rights: [remedy]
#   category: information-gap
#   references:
#     - {framework: UNGP, ref: "29"}
#     - {framework: UNGP, ref: "31"}
#   remediation: >-
#     State `accountability.grievance` (available, accessible, anonymous,
#     responseDays).
package dria.rules.gaps.redress

import data.dria.lib

applies if lib.question_applies("accountability.grievance")

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "grievance"])
	msg := "how affected people can complain about the system is not stated: `accountability.grievance` missing"
	paths := ["/spec/accountability/grievance"]
}
