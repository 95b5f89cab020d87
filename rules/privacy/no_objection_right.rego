# METADATA
# title: People cannot object to processing based on a public task or legitimate interests
# description: >-
#   People cannot object to the processing (`subjectRights.objection:
#   false`), although it rests on a public task or legitimate interests, or
#   its basis is not stated. For processing on these bases, including
#   profiling, people have the right to object on grounds relating to their
#   situation, and the controller must then stop unless it shows compelling
#   legitimate grounds that override theirs (GDPR Art 21(1)). Without it, a
#   person for whom the processing is disproportionate, such as someone
#   fleeing violence whose address is shared, has no way to be heard.
# custom:
#   id: DRIA-PRIV-029
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 21}
#     - {framework: GDPR, ref: Art 6(1)(e)}
#     - {framework: GDPR, ref: Art 6(1)(f)}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Let people object to the processing and its profiling, assess each
#     objection against their particular situation, stop the processing for
#     them unless compelling legitimate grounds override their interests,
#     and tell them of the right at the latest at the first contact.
package dria.rules.privacy.no_objection_right

import data.dria.lib

objectable_bases := {"public-task", "legitimate-interests"}

objection_applies if count(lib.lawful_bases) == 0

objection_applies if count(lib.lawful_bases & objectable_bases) > 0

applies if {
	lib.stated(["spec", "data", "subjectRights"])
	objection_applies
}

findings contains {"msg": msg, "paths": paths} if {
	objection_applies
	input.spec.data.subjectRights.objection == false
	msg := sprintf("people cannot object to the processing (`objection: false`), affecting %s, %s", [
		lib.people_text,
		basis_text,
	])
	paths := ["/spec/data/subjectRights/objection", "/spec/data/lawfulBases"]
}

default basis_text := "and the lawful basis, which decides whether people may object, is not stated"

basis_text := sprintf("though it rests on %s, which people have the right to object to", [bases]) if {
	count(lib.lawful_bases & objectable_bases) > 0
	bases := lib.quote_all(lib.lawful_bases & objectable_bases)
}
