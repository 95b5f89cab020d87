# METADATA
# title: System missing from Acme's national register
# description: >-
#   Reads a misspelt field of the pack's extension.
# custom:
#   id: ACME-REG-001
#   severity: medium
#   likelihood: likely
#   rights: [remedy]
#   category: acme
#   references:
#     - {framework: ACME, ref: ""}
#   remediation: >-
#     Enter the system in the register.
package dria.rules.acme.register

findings contains {"msg": "not registered", "paths": ["/spec/extensions/acme/registered"]} if {
	input.spec.extensions.acme.registred == false
}
