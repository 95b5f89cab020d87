# METADATA
# title: Affected groups are not stated
# description: >-
#   The description does not say which groups the system affects. Whether
#   children, migrants, persons with disabilities or other groups in
#   situations of vulnerability are among them decides the scope of harm (UNGP
#   14) and who must be consulted (UNGP 18). A system that touches no one is
#   not asked, nor are groups marked not applicable.
# custom:
#   id: DRIA-GAP-002
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination]
#   category: information-gap
#   references:
#     - {framework: UNGP, ref: "18"}
#     - {framework: COE-HUDERIA, ref: ""}
#   remediation: >-
#     List `affected.groups`, including every group in a situation of
#     vulnerability among the people affected, and whether use is `mandatory`.
package dria.rules.gaps.groups

import data.dria.lib

applies if lib.question_applies("affected.groups")

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "affected", "groups"])
	msg := concat(" ", [
		"the groups affected (`affected.groups`) are not stated, so the assessment cannot tell whether children,",
		"migrants, persons with disabilities or other groups in vulnerable situations are affected, and assumes they are",
	])
	paths := ["/spec/affected/groups"]
}
