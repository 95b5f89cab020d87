# METADATA
# title: Automated content removal without human review
# description: >-
#   Posts, videos or accounts are taken down by a classifier or hash matcher
#   and no person reviews the removals (or human review is not stated).
#   Automated filters misread satire, reporting on violence, minority
#   languages and dialects, and documentation of human-rights abuses, so
#   lawful speech disappears with nobody to hear the speaker. Any
#   restriction on expression must be necessary and proportionate, which a
#   machine decision no person checks cannot show, and the DSA requires
#   that complaints about such decisions are not decided solely by automated
#   means. (An appeal has its own rule, DRIA-EXP-010.)
# custom:
#   id: DRIA-EXP-001
#   severity: medium
#   likelihood: likely
#   rights: [expression, remedy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 20(6)}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: EU-CFR, ref: Art 11}
#     - {framework: ECHR, ref: Art 10}
#   remediation: >-
#     Route low-confidence and low-resource-language cases to a trained
#     person before removal, sample automated removals for human review, and
#     measure and publish the rate at which people overturn the machine.
package dria.rules.expression.automated_removal

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
	paths := ["/spec/expression/contentModeration/automatedRemoval", "/spec/expression/contentModeration/humanReview"]
}

gap := "no person reviews removals (`humanReview: false`)" if {
	input.spec.expression.contentModeration.humanReview == false
} else := "human review of removals is not stated" if {
	lib.absent(["spec", "expression", "contentModeration", "humanReview"])
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
