# METADATA
# title: Automated content removal without human review or appeal
# description: >-
#   Posts, videos or accounts are taken down by a classifier or hash matcher
#   with no person deciding, and the user cannot appeal or cannot get a person
#   to look at the decision. Automated filters misread satire, reporting on
#   violence, minority languages and dialects, and documentation of human-rights
#   abuses, so lawful speech disappears with nobody to hear the speaker. The
#   DSA requires an internal complaint system whose decisions are not taken
#   solely by automated means, and any restriction on expression must be
#   necessary and proportionate, which a machine decision with no recourse
#   cannot show.
# custom:
#   id: DRIA-EXP-001
#   severity: medium
#   likelihood: likely
#   rights: [expression, remedy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 20}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: EU-CFR, ref: Art 11}
#     - {framework: ECHR, ref: Art 10}
#   remediation: >-
#     Give every user whose content or account is removed automatically a free,
#     easy appeal decided by a trained person with power to reinstate, within a
#     published time limit. Route low-confidence and low-resource-language cases
#     to human review before removal, and measure and publish the rate at which
#     appeals overturn automated removals.
package dria.rules.expression.automated_removal

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.contentModeration.automatedRemoval == true
	count(gaps) > 0
	msg := sprintf("content is removed automatically (`automatedRemoval: true`) for %s, and %s%s", [
		lib.people_text,
		concat("; ", sort(gaps)),
		groups_text,
	])
	paths := [
		"/spec/expression/contentModeration/automatedRemoval",
		"/spec/expression/contentModeration/humanReview",
		"/spec/expression/contentModeration/appeal",
	]
}

gaps contains "no person reviews removals (`humanReview: false`)" if {
	input.spec.expression.contentModeration.humanReview == false
}

gaps contains "human review of removals is not stated" if {
	lib.absent(["spec", "expression", "contentModeration", "humanReview"])
}

gaps contains "users cannot appeal (`appeal: false`)" if {
	input.spec.expression.contentModeration.appeal == false
}

gaps contains "an appeal is not stated" if {
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
