# METADATA
# title: Children affected are not told the system is used on them
# description: >-
#   Children are among the people affected, but they are not told that the
#   system is used on them (`noticeToAffected: false`). (Texts that are not
#   in plain language have their own rule, DRIA-CHILD-007.) Information about
#   how personal data are used must be given to the people concerned, and be
#   concise,
#   intelligible and in clear and plain language, particularly when it is
#   addressed to a child; without it, children and their parents cannot
#   understand what happens to them, exercise their rights or object.
#   Regulators have fined platforms used by children for failing to explain
#   their data practices in a way children could understand.
# custom:
#   id: DRIA-CHILD-003
#   severity: medium
#   likelihood: possible
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: GDPR, ref: Art 12(1)}
#     - {framework: GDPR, ref: Art 13}
#     - {framework: CRC, ref: Art 3}
#     - {framework: CRC, ref: Art 16}
#     - {framework: EU-CFR, ref: Art 24}
#   remediation: >-
#     Tell children and their parents or carers when and how the system is
#     used on them, in age-appropriate, plain-language notices (layered, with
#     pictures or short videos where useful), tested with children of the ages
#     concerned, and point them to where they can get help and complain.
package dria.rules.children.child_notice

import data.dria.lib

applies if lib.children_affected

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	input.spec.transparency.noticeToAffected == false
	msg := sprintf("the system affects %s, including children, but people are not told the system is used on them (%s)", [
		lib.people_text,
		"`noticeToAffected: false`",
	])
	paths := array.concat(lib.children_paths, ["/spec/transparency/noticeToAffected"])
}
