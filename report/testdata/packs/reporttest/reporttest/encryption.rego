# METADATA
# title: Data sent unencrypted
# description: >-
#   A rule of the report test pack that fires only on an explicit answer:
#   the description says data is not encrypted in transit. Systems that say
#   nothing pass it, so reports list it as passed.
# custom:
#   id: TEST-SEC-001
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: security
#   references:
#     - {framework: GDPR, ref: Art 32}
#   remediation: >-
#     Encrypt all data in transit.
package dria.rules.reporttest.encryption

findings contains {"msg": msg, "paths": ["/spec/data/encryption/inTransit"]} if {
	input.spec.data.encryption.inTransit == false
	msg := "data is sent unencrypted (`encryption.inTransit: false`)"
}
