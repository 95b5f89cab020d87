# METADATA
# title: System missing from Acme's national register
# description: >-
#   A test pack rule that reads a fact of the pack's own extension.
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

findings contains {"msg": "the system is not in the national register", "paths": ["/spec/extensions/acme/registered"]} if {
	input.spec.extensions.acme.registered == false
}

findings contains {"msg": sprintf("appeals go to %s", [input.spec.extensions.acme.appealBody.name]), "paths": ["/spec/extensions/acme/appealBody/name"]} if {
	input.spec.extensions.acme.registered == false
	input.spec.extensions.acme.appealBody.name != ""
}
