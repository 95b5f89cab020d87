# METADATA
# title: Public register entry not stated
# description: >-
#   An information-gap rule of the report test pack: the description does
#   not say whether the system is listed in a public register, so its
#   evidence is the nearest stated parent of the missing field.
# custom:
#   id: TEST-GAP-001
#   severity: medium
#   likelihood: possible
#   rights: [expression, remedy]
#   category: information-gap
#   references:
#     - {framework: EU-AIA, ref: Art 71}
#   remediation: >-
#     State whether the system is in a public register (transparency.publicRegister).
package dria.rules.reporttest.register_gap

import data.dria.lib

findings contains {"msg": msg, "paths": ["/spec/transparency/publicRegister"]} if {
	lib.absent(["spec", "transparency", "publicRegister"])
	msg := "the description does not say whether the system is listed in a public register"
}
