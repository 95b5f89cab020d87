# METADATA
# title: Public task or legal obligation relied on with no law named
# description: >-
#   The processing is said to rest on a public task or a legal obligation
#   (GDPR Art 6(1)(e) or (c)), but no law is named: nationalLaw is not given
#   and the legal basis in words names no act or section. These bases exist
#   only where Union or national law lays them down (GDPR Art 6(3)), and an
#   interference with private life must be "in accordance with the law": a
#   published, foreseeable law that says who may process what, for what and
#   with which safeguards. A task nobody can point to in law gives people
#   nothing to read, rely on or challenge.
# custom:
#   id: DRIA-PRIV-020
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 6(3)}
#     - {framework: GDPR, ref: Art 6(1)(e)}
#     - {framework: ECHR, ref: Art 8(2)}
#     - {framework: EU-CFR, ref: Art 52(1)}
#   remediation: >-
#     Name the law (act and section) that lays down the task or obligation
#     in nationalLaw, check that it covers this processing and provides its
#     safeguards, and stop the processing that no law covers.
package dria.rules.privacy.public_task_without_law

import data.dria.lib

law_bases := lib.lawful_bases & {"public-task", "legal-obligation"}

applies if count(law_bases) > 0

findings contains {"msg": msg, "paths": paths} if {
	count(law_bases) > 0
	not lib.law_named
	msg := sprintf("the processing of data of %s rests on %s, but no law is named (`nationalLaw` is not given%s)", [
		lib.people_text,
		lib.quote_all(law_bases),
		basis_text,
	])
	paths := ["/spec/data/lawfulBases", "/spec/data/nationalLaw", "/spec/data/legalBasis"]
}

default basis_text := ", and no legal basis in words is stated"

basis_text := sprintf(", and the legal basis %s names no act or section", [lib.quote(input.spec.data.legalBasis)]) if {
	is_string(input.spec.data.legalBasis)
}
