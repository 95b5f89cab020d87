# METADATA
# title: Impact assessments are not stated
# description: >-
#   The description does not say whether a human-rights, data-protection or
#   fundamental-rights impact assessment was done. Identifying impacts before
#   harm is the core of human-rights due diligence (UNGP 17-18). This gap
#   applies to every system, so it is rated possible; where an assessment is
#   required (profiling with legal effect, large-scale sensitive data,
#   monitoring of public spaces, high-risk AI), DRIA-ACC-002, DRIA-ACC-003
#   and DRIA-PRIV-002 report the missing assessment as likely. A system that
#   touches no one is not asked, nor are assessments marked not applicable.
# custom:
#   id: DRIA-GAP-010
#   severity: medium
#   likelihood: possible
#   rights: [privacy, remedy]
#   category: information-gap
#   references:
#     - {framework: UNGP, ref: "17"}
#     - {framework: UNGP, ref: "18"}
#     - {framework: GDPR, ref: "Art 35"}
#   remediation: >-
#     List `accountability.impactAssessments` with type, date, whether
#     published and who was consulted; if none was done, say so with an empty
#     list and plan one.
package dria.rules.gaps.impact_assessment

import data.dria.lib

applies if lib.question_applies("accountability.impactAssessments")

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "impactAssessments"])
	msg := "whether any impact assessment was done (`accountability.impactAssessments`) is not stated"
	paths := ["/spec/accountability/impactAssessments"]
}
