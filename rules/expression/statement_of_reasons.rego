# METADATA
# title: Moderation of hosted content without a statement of reasons
# description: >-
#   A hosting service (social media, search, news media) restricts users'
#   content without giving them the reasons (`statementOfReasons: false`):
#   which rule or law was applied, on what facts, and whether automated
#   means were used. Without reasons people cannot contest the decision or
#   adjust their speech. The DSA requires a clear and specific statement of
#   reasons for every restriction by a hosting service. Private
#   interpersonal messaging is not a hosting service and is not covered.
# custom:
#   id: DRIA-EXP-011
#   severity: medium
#   likelihood: likely
#   rights: [expression, remedy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 17}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: EU-CFR, ref: Art 11}
#   remediation: >-
#     Give every affected user a statement of reasons that names the rule or
#     law applied, the facts relied on, whether the decision was automated,
#     and how to appeal; submit statements of reasons to the DSA Transparency
#     Database where the DSA applies.
package dria.rules.expression.statement_of_reasons

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

hosting := lib.domains & {"social-media", "search", "news-media"}

findings contains {"msg": msg, "paths": paths} if {
	count(hosting) > 0
	input.spec.expression.contentModeration.statementOfReasons == false
	msg := sprintf(
		"users of this %s service get no statement of reasons for moderation decisions (`statementOfReasons: false`) (%s)%s",
		[lib.quote_all(hosting), lib.people_text, groups_text],
	)
	paths := ["/spec/expression/contentModeration/statementOfReasons", "/spec/context/domains"]
}

speakers := lib.groups & {"journalists", "human-rights-defenders", "activists", "political-candidates"}

default groups_text := ""

groups_text := sprintf("; affected users include %s", [lib.quote_all(speakers)]) if count(speakers) > 0
