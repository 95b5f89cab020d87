# METADATA
# title: Children below the minimum age likely to use a service that does not check age
# description: >-
#   The description says children are likely to use the service whatever its
#   terms say, the terms set a minimum age, and age is not checked or only
#   asked (`ageAssurance` none, self-declaration or not stated). A minimum
#   age in the terms then protects no one: children below it use the
#   service anyway, on settings, features and contacts designed for older
#   users, and the service treats them as if they were not there. The best
#   interests of the child must be a primary consideration in every action
#   concerning children, the UN Committee on the Rights of the Child asks
#   businesses to consider children wherever they are likely to be affected
#   in the digital environment, and online platforms accessible to minors
#   must protect their privacy, safety and security to a high level.
# custom:
#   id: DRIA-CHILD-009
#   severity: medium
#   likelihood: possible
#   rights: [child-rights]
#   category: children
#   references:
#     - {framework: CRC, ref: Art 3}
#     - {framework: CRC, ref: General Comment No. 25}
#     - {framework: EU-DSA, ref: Art 28}
#     - {framework: UNGP, ref: "18"}
#   remediation: >-
#     Either keep children below the minimum age out with age assurance
#     proportionate to the risk, or design and assess the service for them:
#     count them among the affected groups, give them high-privacy defaults,
#     and switch off profiling-based advertising, nudging and contact by
#     strangers for users whose age is not assured.
package dria.rules.children.children_not_counted

import data.dria.lib

applies if input.spec.children.likelyUsers == true

weak_assurance if lib.absent(["spec", "children", "ageAssurance"])

weak_assurance if input.spec.children.ageAssurance in {"none", "self-declaration"}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.children.likelyUsers == true
	age := input.spec.children.minimumAge
	age > 0
	weak_assurance
	msg := sprintf(
		concat(" ", [
			"children are likely to use the service (`likelyUsers: true`) although its terms set a",
			"minimum age of %d, and %s, so children below it use it anyway%s",
		]),
		[age, assurance_text, groups_text],
	)
	paths := ["/spec/children/likelyUsers", "/spec/children/minimumAge", "/spec/children/ageAssurance"]
}

default assurance_text := "how age is checked is not stated"

assurance_text := "age is not checked (`ageAssurance: none`)" if {
	input.spec.children.ageAssurance == "none"
} else := "age is only asked (`ageAssurance: self-declaration`)" if {
	input.spec.children.ageAssurance == "self-declaration"
}

default groups_text := ""

groups_text := "; `children` are not among the affected groups either" if {
	is_array(input.spec.affected.groups)
	not "children" in lib.groups
}
