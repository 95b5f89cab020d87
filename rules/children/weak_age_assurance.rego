# METADATA
# title: Age assurance is none or self-declaration where the risks to children call for more
# description: >-
#   Children are likely to use the service, and it checks age not at all or
#   only by asking (`ageAssurance: none` or `self-declaration`), although
#   what it does to its users calls for more: it is meant for adults only,
#   it simulates relationships, profiles or nudges minors, or it rests on
#   consent that children below the age of digital consent cannot give
#   without a parent. A box to tick does not keep children out of a service
#   or away from its risky features. Online platforms accessible to minors
#   must ensure a high level of privacy, safety and security for them, and a
#   controller relying on a child's consent must make reasonable efforts to
#   verify a parent's authorisation (GDPR Art 8(2)). Italy's data protection
#   authority halted a companion chatbot in 2023 for, among other things,
#   having no age verification.
# custom:
#   id: DRIA-CHILD-010
#   severity: medium
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: EU-DSA, ref: Art 28}
#     - {framework: GDPR, ref: Art 8}
#     - {framework: CRC, ref: Art 3}
#     - {framework: CRC, ref: General Comment No. 25}
#   remediation: >-
#     Use age assurance proportionate to the risk (age estimation or
#     verification that protects privacy, with a non-document route), keep
#     the risky features off for users whose age is not assured, and where
#     consent is the basis, verify a parent's authorisation for children
#     under the age of digital consent.
package dria.rules.children.weak_age_assurance

import data.dria.lib

weak := {"none", "self-declaration"}

applies if lib.children_among_people

risks contains {
	"text": sprintf("the service is for adults only (`minimumAge: %d`)", [input.spec.children.minimumAge]),
	"path": "/spec/children/minimumAge",
} if {
	input.spec.children.minimumAge >= 18
}

risks contains {
	"text": "it offers companion-style interaction (`companion: true`)",
	"path": "/spec/children/companion",
} if {
	input.spec.children.companion == true
}

risks contains {
	"text": "it profiles minors (`children.profiling: true`)",
	"path": "/spec/children/profiling",
} if {
	input.spec.children.profiling == true
}

risks contains {
	"text": "its design nudges minors (`nudging: true`)",
	"path": "/spec/children/nudging",
} if {
	input.spec.children.nudging == true
}

risks contains {
	"text": "it rests on consent, which children below the age of digital consent cannot give without a parent",
	"path": sort(lib.consent_paths)[0],
} if {
	lib.consent_relied_on
}

findings contains {"msg": msg, "paths": paths} if {
	lib.children_among_people
	level := input.spec.children.ageAssurance
	level in weak
	count(risks) > 0
	msg := sprintf("children are among the likely users of %s, age assurance is %s (`ageAssurance: %s`), and %s", [
		lib.people_text,
		level_text[level],
		level,
		lib.join_and(sort([r.text | some r in risks])),
	])
	paths := array.concat(
		array.concat(lib.children_paths, ["/spec/children/ageAssurance"]),
		sort({r.path | some r in risks}),
	)
}

level_text := {"none": "absent", "self-declaration": "only self-declaration"}
