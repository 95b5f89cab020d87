# METADATA
# title: Security testing not stated
# description: >-
#   An information-gap rule of the report test pack at low severity: the
#   description does not say when the system was last tested for security.
# custom:
#   id: TEST-GAP-002
#   severity: low
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: Art 32}
#   remediation: >-
#     State the date of the last penetration test (security.penetrationTest.date).
package dria.rules.reporttest.security_gap

import data.dria.lib

findings contains {"msg": msg, "paths": ["/spec/security/penetrationTest/date"]} if {
	lib.absent(["spec", "security", "penetrationTest", "date"])
	msg := "the description does not say when the system was last tested for security"
}
