# METADATA
# title: Children's data processed without data minimisation
# description: >-
#   Children are among the people affected and the system processes more of
#   their personal data than its purpose needs (`minimisation: false`):
#   location, contacts or behaviour collected without need. What is
#   collected in childhood cannot be recalled, and every extra field is more
#   to leak, profile or expose; data minimisation is a principle of data
#   protection, and children merit specific protection. (Defaults that are
#   not high-privacy have their own rule, DRIA-CHILD-013.)
# custom:
#   id: DRIA-CHILD-005
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: GDPR, ref: Art 5(1)(c)}
#     - {framework: GDPR, ref: Art 25(1)}
#     - {framework: CRC, ref: Art 16}
#     - {framework: CRC, ref: Art 3}
#     - {framework: EU-CFR, ref: Art 24}
#     - {framework: EU-DSA, ref: Art 28}
#   remediation: >-
#     Map each field of children's data to the purpose it serves and stop
#     collecting what serves none (location, contacts and behaviour in
#     particular); assess the risks to children, including those below the
#     minimum age who use the service anyway, in the impact assessment.
package dria.rules.children.children_minimisation

import data.dria.lib

applies if lib.children_affected

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	input.spec.data.minimisation == false
	msg := sprintf(
		concat(" ", [
			"the system processes data of %s, including children, and does not",
			"limit the data to what its purpose needs (`minimisation: false`)%s",
		]),
		[lib.people_text, categories_text],
	)
	paths := array.concat(lib.children_paths, ["/spec/data/minimisation"])
}

default categories_text := ""

categories_text := sprintf("; it processes %s", [lib.quote_all(lib.categories - {"children"})]) if {
	count(lib.categories - {"children"}) > 0
}
