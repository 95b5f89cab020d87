# METADATA
# title: Moderation without notice to the user or a statement of reasons
# description: >-
#   Users are not told when their content or account is removed, hidden,
#   demoted or demonetised, or are told without being given the reasons: which
#   rule or law was applied, on what facts, and whether automated means were
#   used. Without notice people do not know they were silenced (shadow bans),
#   and without reasons they cannot contest the decision or adjust their
#   speech. The DSA requires notice-and-action mechanisms and a clear and
#   specific statement of reasons for every restriction by a hosting service;
#   restrictions on expression must be provided by law and foreseeable. The
#   statement-of-reasons check applies to hosting services (social media,
#   search, news media), not to private interpersonal messaging.
# custom:
#   id: DRIA-EXP-002
#   severity: medium
#   likelihood: likely
#   rights: [expression, remedy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 16}
#     - {framework: EU-DSA, ref: Art 17}
#     - {framework: ICCPR, ref: Art 19}
#   remediation: >-
#     Notify every affected user of each removal, restriction, demotion or
#     suspension at the time it takes effect, with a statement of reasons that
#     names the rule or law applied, the facts relied on, whether the decision
#     was automated, and how to appeal. Submit statements of reasons to the DSA
#     Transparency Database where the DSA applies.
package dria.rules.expression.notice_reasons

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

hosting if count(lib.domains & {"social-media", "search", "news-media"}) > 0

findings contains {"msg": msg, "paths": paths} if {
	count(problems) > 0
	msg := sprintf("%s (%s)%s", [concat("; ", sort(problems)), lib.people_text, groups_text])
	paths := ["/spec/expression/contentModeration/noticeToUser", "/spec/expression/contentModeration/statementOfReasons"]
}

problems contains "users are not told when their content is removed or restricted (`noticeToUser: false`)" if {
	input.spec.expression.contentModeration.noticeToUser == false
}

problems contains sprintf(
	"users of this %s service get no statement of reasons for moderation decisions (`statementOfReasons: false`)",
	[lib.quote_all(lib.domains & {"social-media", "search", "news-media"})],
) if {
	input.spec.expression.contentModeration.statementOfReasons == false
	hosting
}

speakers := lib.groups & {"journalists", "human-rights-defenders", "activists", "political-candidates"}

default groups_text := ""

groups_text := sprintf("; affected users include %s", [lib.quote_all(speakers)]) if count(speakers) > 0
