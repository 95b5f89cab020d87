# METADATA
# title: Published transparency reports leave out removals or government requests
# description: >-
#   The service publishes transparency reports, but they leave out how much
#   content it removes or restricts (where it moderates content), or how
#   many takedown and user-data requests governments send and how it
#   answers them. The missing numbers are the ones that show over-removal,
#   discriminatory enforcement and state pressure on speech and on users'
#   data. The DSA requires intermediary services to report on moderation and
#   on orders from authorities.
# custom:
#   id: DRIA-EXP-012
#   severity: medium
#   likelihood: possible
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 15}
#     - {framework: EU-DSA, ref: Art 24}
#     - {framework: UNGP, ref: "21"}
#   remediation: >-
#     Add the missing figures to the reports: removals and restrictions by
#     policy, legal ground, detection method, country and language, and every
#     government takedown and user-data request by country and authority,
#     with how many were complied with, narrowed or refused.
package dria.rules.expression.transparency_omissions

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

# Services that host or rank third-party content, or remove it themselves.
moderates if count(lib.domains & {"social-media", "search", "news-media"}) > 0

moderates if input.spec.expression.contentModeration.automatedRemoval == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.transparency.transparencyReports.published == true
	count(omitted) > 0
	msg := sprintf("the published transparency reports omit %s (%s)", [concat(" and ", sort(omitted)), lib.people_text])
	paths := ["/spec/transparency/transparencyReports"]
}

omitted contains "content removals (`contentRemovals: false`)" if {
	input.spec.transparency.transparencyReports.contentRemovals == false
	moderates
}

omitted contains "government requests (`governmentRequests: false`)" if {
	input.spec.transparency.transparencyReports.governmentRequests == false
}
