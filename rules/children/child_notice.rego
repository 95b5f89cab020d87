# METADATA
# title: Children affected without notice or information they can understand
# description: >-
#   Children are among the people affected, but they are not told that the
#   system is used on them, or its texts are not written in plain language.
#   Information about how personal data are used must be concise,
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

gaps contains {
	"text": "people are not told the system is used on them (`noticeToAffected: false`)",
	"path": "/spec/transparency/noticeToAffected",
} if {
	input.spec.transparency.noticeToAffected == false
}

gaps contains {
	"text": "its texts are not in plain language (`plainLanguage: false`)",
	"path": "/spec/accessibility/plainLanguage",
} if {
	input.spec.accessibility.plainLanguage == false
}

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	count(gaps) > 0
	msg := sprintf("the system affects %s, including children, but %s", [
		lib.people_text,
		concat(" and ", sort([g.text | some g in gaps])),
	])
	paths := array.concat(lib.children_paths, sort([g.path | some g in gaps]))
}
