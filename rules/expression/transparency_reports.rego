# METADATA
# title: No transparency reports published
# description: >-
#   The service publishes no periodic transparency report
#   (`transparencyReports.published: false`). Without numbers on removals,
#   restrictions and government requests, the public, researchers and
#   regulators cannot see over-removal, discriminatory enforcement or state
#   pressure on speech, and users cannot know how exposed their data is to
#   the authorities. The DSA requires intermediary services, online
#   platforms and very large platforms to report on moderation and on orders
#   from authorities. (Reports that leave things out have their own rule,
#   DRIA-EXP-012.)
# custom:
#   id: DRIA-EXP-003
#   severity: medium
#   likelihood: possible
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 15}
#     - {framework: EU-DSA, ref: Art 24}
#     - {framework: EU-DSA, ref: Art 42}
#     - {framework: UNGP, ref: "21"}
#   remediation: >-
#     Publish a machine-readable transparency report at least twice a year
#     with removals and restrictions by policy, legal ground, detection method
#     (automated or human), country and language; appeals and reversals; and
#     every government takedown and user-data request by country and
#     authority, with how many were complied with, narrowed or refused.
package dria.rules.expression.transparency_reports

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

findings contains {"msg": msg, "paths": ["/spec/transparency/transparencyReports/published"]} if {
	input.spec.transparency.transparencyReports.published == false
	msg := sprintf(
		"no transparency report is published (`transparencyReports.published: false`) for a service used by %s",
		[lib.people_text],
	)
}
