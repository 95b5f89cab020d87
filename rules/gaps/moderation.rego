# METADATA
# title: Content moderation safeguards of a platform are not stated
# description: >-
#   The system is a social media, messaging, search or news platform, but the
#   description does not say how content moderation works: whether removal is
#   automated, whether users get notice, reasons and an appeal. These decide
#   whether lawful speech is protected (EU-DSA Art 16, 17, 20). A messaging
#   service whose messages are end-to-end encrypted cannot read, and so
#   cannot moderate, private messages; the question does not arise for it
#   unless it also serves social media, search or news. A system that touches
#   no one is not asked, nor is moderation marked not applicable.
# custom:
#   id: DRIA-GAP-014
#   severity: medium
#   likelihood: possible
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

# Domains whose operator hosts or ranks content it can see. Messaging counts
# unless messages are end-to-end encrypted.
moderated_domains := (lib.domains & {"social-media", "search", "news-media"}) | readable_messaging

default readable_messaging := set()

readable_messaging := {"messaging"} if {
	"messaging" in lib.domains
	not end_to_end
}

end_to_end if input.spec.data.encryption.endToEnd == true

applies if {
	count(moderated_domains) > 0
	lib.question_applies("expression.contentModeration")
}

findings contains {"msg": msg, "paths": paths} if {
	count(moderated_domains) > 0
	lib.absent(["spec", "expression", "contentModeration"])
	msg := sprintf(
		"the system serves %s but its content moderation (`expression.contentModeration`) is not stated",
		[lib.quote_all(moderated_domains)],
	)
	paths := ["/spec/expression/contentModeration", "/spec/context/domains"]
}
