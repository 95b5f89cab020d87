# METADATA
# title: Legitimate interests claimed by a public authority
# description: >-
#   A public authority states legitimate interests as a lawful basis for
#   its processing. The GDPR excludes that basis for processing carried out
#   by public authorities in the performance of their tasks (Art 6(1),
#   second subparagraph): what an authority may do with people's data must
#   follow from a task or obligation laid down in law, which people can
#   read and courts can review, not from the authority's own weighing of its
#   interests against theirs.
# custom:
#   id: DRIA-PRIV-019
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 6(1)}
#     - {framework: GDPR, ref: Art 6(3)}
#     - {framework: ECHR, ref: Art 8(2)}
#     - {framework: EU-CFR, ref: Art 52(1)}
#   remediation: >-
#     Identify the task or legal obligation that a published law gives the
#     authority and rest the processing on it (GDPR Art 6(1)(c) or (e)),
#     naming the law; where the law gives no such task, stop the processing.
#     Keep legitimate interests only for processing that is not part of the
#     authority's tasks, and say which.
package dria.rules.privacy.legitimate_interests_public

import data.dria.lib

applies if {
	input.spec.context.sector == "public"
	count(lib.lawful_bases) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.context.sector == "public"
	"legitimate-interests" in lib.lawful_bases
	msg := sprintf(
		concat(" ", [
			"a public authority (`sector: public`) claims `legitimate-interests` as a lawful basis",
			"(lawful bases: %s) for processing data of %s, a basis the GDPR excludes for an",
			"authority's processing in the performance of its tasks",
		]),
		[lib.quote_all(lib.lawful_bases), lib.people_text],
	)
	paths := ["/spec/context/sector", "/spec/data/lawfulBases"]
}
