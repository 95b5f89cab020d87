# METADATA
# title: Whether people are told about the system is not stated
# description: >-
#   The description does not say whether the people affected are told the
#   system is used on them. People cannot contest what they do not know about
#   (GDPR Art 13-14). A system that touches no one is not asked, nor is
#   notice marked not applicable.
# custom:
#   id: DRIA-GAP-012
#   severity: low
#   likelihood: possible
#   rights: [privacy, fair-trial]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 13"}
#     - {framework: GDPR, ref: "Art 14"}
#   remediation: >-
#     State `transparency.noticeToAffected` and
#     `transparency.documentationPublished`.
package dria.rules.gaps.notice

import data.dria.lib

applies if lib.question_applies("transparency.noticeToAffected")

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "transparency", "noticeToAffected"])
	msg := "whether people are told the system is used on them (`transparency.noticeToAffected`) is not stated"
	paths := ["/spec/transparency/noticeToAffected"]
}
