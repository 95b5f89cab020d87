# METADATA
# title: Children's data processed without data minimisation or privacy by default
# description: >-
#   Children are among the people affected and the system processes more of
#   their personal data than its purpose needs, or exposes more of it than
#   necessary by default (`minimisation: false`): profiles and posts public
#   unless a child finds the setting, contact details visible, location or
#   contacts collected without need. Children are least able to notice or
#   change such defaults, and what is collected or exposed in childhood
#   cannot be recalled; strangers can find and contact them. Data protection
#   by default requires that, without the person's intervention, personal
#   data are not made accessible to an indefinite number of people, and
#   children merit specific protection. The Irish data protection authority
#   fined platforms for public-by-default child accounts (TikTok, 2023) and
#   for publishing children's contact details (Instagram, 2022).
# custom:
#   id: DRIA-CHILD-005
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: GDPR, ref: Art 5(1)(c)}
#     - {framework: GDPR, ref: Art 25(2)}
#     - {framework: CRC, ref: Art 16}
#     - {framework: CRC, ref: Art 3}
#     - {framework: EU-CFR, ref: Art 24}
#     - {framework: EU-DSA, ref: Art 28}
#   remediation: >-
#     Collect only the children's data the purpose needs and make the most
#     protective settings the default for children: private accounts and
#     content, no contact or pairing by unverified adults, location and
#     profiling off, nothing visible to the public unless the child chooses
#     it after clear, age-appropriate information. Assess the risks to
#     children, including those below the minimum age who use the service
#     anyway, in the impact assessment, and review the defaults with children
#     and child-rights experts.
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
