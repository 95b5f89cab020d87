# METADATA
# title: Decisions about people to review with them
# description: >-
#   A rule of the report test pack whose finding names no field, so that
#   reports show a finding without evidence (in SARIF, a result without a
#   region).
# custom:
#   id: TEST-NOTE-001
#   severity: info
#   likelihood: rare
#   rights: [remedy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "18"}
#   remediation: >-
#     Review this assessment with the people the decisions are about.
package dria.rules.reporttest.review_note

import data.dria.lib

findings contains {"msg": msg, "paths": []} if {
	lib.decides_about_people
	msg := "the system takes part in decisions about people; review this assessment with them"
}
