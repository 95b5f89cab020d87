# METADATA
# title: Data controller in Kenya not registered with the Data Commissioner
# description: >-
#   Section 18 of Kenya's Data Protection Act, 2019 forbids anyone to act as
#   a data controller or data processor unless registered with the Data
#   Commissioner. An unregistered controller is outside the Commissioner's
#   register and oversight, so the people whose data it processes cannot
#   find out who holds it or count on the Commissioner to check.
# custom:
#   id: KE-DPA-006
#   severity: medium
#   likelihood: likely
#   rights: [privacy, remedy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.18}
#   remediation: >-
#     Register the data controller, and each data processor acting for it,
#     with the Office of the Data Protection Commissioner before processing,
#     and record it as spec.extensions.kenya_dpa.registeredWithDataCommissioner.
package dria.rules.kenya_dpa.registration

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if {
	ke.deployed_in_kenya
	ke.processes_personal_data
}

findings contains {"msg": msg, "paths": ["/spec/extensions/kenya_dpa/registeredWithDataCommissioner"]} if {
	input.spec.extensions.kenya_dpa.registeredWithDataCommissioner == false
	msg := sprintf(
		concat(" ", [
			"the data controller is not registered with Kenya's Data Commissioner",
			"(`registeredWithDataCommissioner: false`) yet processes the personal data of %s in Kenya",
		]),
		[lib.people_text],
	)
}
