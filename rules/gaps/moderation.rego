# METADATA
# title: Content moderation safeguards of a platform are not stated
# description: >-
#   The system is a social media, messaging, search or news platform, but the
#   description does not say how content moderation works: whether removal is
#   automated, whether users get notice, reasons and an appeal. These decide
#   whether lawful speech is protected (EU-DSA Art 16, 17, 20).
# custom:
#   id: DRIA-GAP-014
#   severity: medium
#   likelihood: likely
#   rights: [expression]
#   category: information-gap
#   references:
#     - {framework: EU-DSA, ref: "Art 17"}
#     - {framework: EU-DSA, ref: "Art 20"}
#     - {framework: ICCPR, ref: "Art 19"}
#   remediation: >-
#     State `expression.contentModeration` (automatedRemoval, noticeToUser,
#     statementOfReasons, appeal, humanReview).
package dria.rules.gaps.moderation

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "expression", "contentModeration"])
	msg := sprintf("the system serves %s but its content moderation (`expression.contentModeration`) is not stated", [lib.quote_all(lib.domains & {"social-media", "messaging", "search", "news-media"})])
	paths := ["/spec/expression/contentModeration", "/spec/context/domains"]
}
