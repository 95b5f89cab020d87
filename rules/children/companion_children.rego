# METADATA
# title: Companion-style or relationship-simulating AI offered to children
# description: >-
#   The service offers minors companion-style or relationship-simulating
#   interaction (`children.companion: true`): an AI friend, partner or
#   confidant that remembers them, responds with affection and asks them to
#   come back. Children form attachments to such systems, confide in them
#   instead of people who can help, and are exposed to sexualised or
#   harmful conversation and to manipulation by a system built to keep them
#   engaged. An AI system that exploits the vulnerabilities of age to
#   distort behaviour in a way that causes significant harm is prohibited,
#   children have the right to be protected from information and material
#   injurious to their well-being, and Italy's data protection authority
#   ordered a companion chatbot to stop processing Italian users' data in
#   2023, citing the risks to minors.
# custom:
#   id: DRIA-CHILD-012
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy, health]
#   category: children
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(b)}
#     - {framework: EU-AIA, ref: Art 50(1)}
#     - {framework: CRC, ref: Art 3}
#     - {framework: CRC, ref: Art 17}
#     - {framework: CRC, ref: General Comment No. 25}
#   remediation: >-
#     Do not offer companion or relationship-simulating features to minors:
#     keep them off unless age is assured, never let the system present
#     itself as a friend or partner to a child, say plainly and repeatedly
#     that it is a machine, and route children who raise distress, abuse or
#     self-harm to human help.
package dria.rules.children.companion_children

import data.dria.lib

applies if lib.children_among_people

applies if lib.stated(["spec", "children", "companion"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.children.companion == true
	msg := sprintf(
		concat(" ", [
			"the service offers minors companion-style or relationship-simulating interaction",
			"(`children.companion: true`), reaching %s%s",
		]),
		[lib.people_text, assurance_text],
	)
	paths := array.concat(["/spec/children/companion"], assurance_paths)
}

default assurance_text := ""

assurance_text := sprintf(", and their age is assured by %s only (`ageAssurance: %s`)", [how, level]) if {
	level := input.spec.children.ageAssurance
	how := {"none": "nothing", "self-declaration": "self-declaration"}[level]
}

default assurance_paths := []

assurance_paths := ["/spec/children/ageAssurance"] if input.spec.children.ageAssurance in {"none", "self-declaration"}
