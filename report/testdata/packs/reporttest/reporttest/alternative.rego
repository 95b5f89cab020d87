# METADATA
# title: No way to use the service without a computer
# description: >-
#   A rule of the report test pack that applies only to public services: the
#   description says there is no non-digital alternative.
# custom:
#   id: TEST-A11Y-001
#   severity: high
#   likelihood: possible
#   rights: [accessibility, social-security]
#   category: accessibility
#   references:
#     - {framework: CRPD, ref: Art 9}
#   remediation: >-
#     Offer the service in person, by post and by phone as well.
package dria.rules.reporttest.alternative

import data.dria.lib

applies if lib.is_public_sector

findings contains {"msg": msg, "paths": ["/spec/accessibility/nonDigitalAlternative"]} if {
	input.spec.accessibility.nonDigitalAlternative == false
	msg := "people cannot use the service without a computer (`nonDigitalAlternative: false`)"
}
