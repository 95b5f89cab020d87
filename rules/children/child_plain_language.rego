# METADATA
# title: Texts for children affected are not in plain language
# description: >-
#   Children are among the people affected, but the system's texts (its
#   notices, decisions and explanations) are not written in plain language
#   (`plainLanguage: false`). Information about how personal data are used
#   must be concise, intelligible and in clear and plain language,
#   particularly when it is addressed to a child; without it, children and
#   their parents cannot understand what happens to them, exercise their
#   rights or object. Regulators have fined platforms used by children for
#   failing to explain their data practices in a way children could
#   understand.
# custom:
#   id: DRIA-CHILD-007
#   severity: medium
#   likelihood: possible
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: GDPR, ref: Art 12(1)}
#     - {framework: CRC, ref: Art 17}
#     - {framework: CRC, ref: General Comment No. 25}
#     - {framework: EU-CFR, ref: Art 24}
#   remediation: >-
#     Write the texts children see, and those about them for their parents
#     or carers, in age-appropriate plain language (layered, with pictures or
#     short videos where useful), test them with children of the ages
#     concerned, and point them to where they can get help and complain.
package dria.rules.children.child_plain_language

import data.dria.lib

applies if lib.children_affected

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	input.spec.accessibility.plainLanguage == false
	msg := sprintf(
		"the system affects %s, including children, but its texts are not in plain language (`plainLanguage: false`)",
		[lib.people_text],
	)
	paths := array.concat(lib.children_paths, ["/spec/accessibility/plainLanguage"])
}
