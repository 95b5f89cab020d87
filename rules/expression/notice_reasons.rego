# METADATA
# title: Moderation without notice to the user
# description: >-
#   Users are not told when their content or account is removed, hidden,
#   demoted or demonetised (`noticeToUser: false`). Without notice people do
#   not know they were silenced (shadow bans), cannot contest the decision
#   and cannot adjust their speech. The DSA requires hosting services to
#   inform the user of every restriction, and restrictions on expression
#   must be provided by law and foreseeable. (A statement of reasons has its
#   own rule, DRIA-EXP-011.)
# custom:
#   id: DRIA-EXP-002
#   severity: medium
#   likelihood: likely
#   rights: [expression, remedy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 17}
#     - {framework: EU-DSA, ref: Art 16}
#     - {framework: ICCPR, ref: Art 19}
#   remediation: >-
#     Notify every affected user of each removal, restriction, demotion or
#     suspension at the time it takes effect, and say how to appeal.
package dria.rules.expression.notice_reasons

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.contentModeration.noticeToUser == false
	msg := sprintf("users are not told when their content is removed or restricted (`noticeToUser: false`) (%s)%s", [
		lib.people_text,
		groups_text,
	])
	paths := ["/spec/expression/contentModeration/noticeToUser"]
}

speakers := lib.groups & {"journalists", "human-rights-defenders", "activists", "political-candidates"}

default groups_text := ""

groups_text := sprintf("; affected users include %s", [lib.quote_all(speakers)]) if count(speakers) > 0
