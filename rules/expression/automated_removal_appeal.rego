# METADATA
# title: Automated content removal without an appeal
# description: >-
#   Posts, videos or accounts are taken down by a classifier or hash matcher
#   and the user cannot appeal (or an appeal is not stated). Automated
#   filters misread satire, reporting on violence, minority languages and
#   dialects, and documentation of human-rights abuses; without an appeal,
#   lawful speech that was wrongly removed stays down. The DSA requires
#   online platforms to run a free internal complaint system against such
#   decisions, and any restriction on expression must be open to
#   challenge.
# custom:
#   id: DRIA-EXP-010
#   severity: medium
#   likelihood: likely
#   rights: [expression, remedy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 20}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ICCPR, ref: Art 2(3)}
#     - {framework: ECHR, ref: Art 10}
#   remediation: >-
#     Give every user whose content or account is removed automatically a
#     free, easy appeal decided by a trained person with power to reinstate,
#     within a published time limit.
package dria.rules.expression.automated_removal_appeal

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.contentModeration.automatedRemoval == true
	msg := sprintf("content is removed automatically (`automatedRemoval: true`) for %s, and %s%s", [
		lib.people_text,
		gap,
		groups_text,
	])
	paths := ["/spec/expression/contentModeration/automatedRemoval", "/spec/expression/contentModeration/appeal"]
}

gap := "users cannot appeal (`appeal: false`)" if {
	input.spec.expression.contentModeration.appeal == false
} else := "an appeal is not stated" if {
	lib.absent(["spec", "expression", "contentModeration", "appeal"])
}

speakers := lib.groups & {
	"journalists",
	"human-rights-defenders",
	"activists",
	"political-candidates",
	"ethnic-minorities",
	"religious-minorities",
	"lgbtiq",
}

default groups_text := ""

groups_text := sprintf("; affected users include %s", [lib.quote_all(speakers)]) if count(speakers) > 0
