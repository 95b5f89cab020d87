# METADATA
# title: Registration with Kenya's Data Commissioner not stated
# description: >-
#   Section 18 of Kenya's Data Protection Act, 2019 requires data controllers
#   and data processors to be registered with the Data Commissioner. The
#   description does not say whether this one is, so whether the processing
#   is under the Commissioner's oversight is unknown: not stated is not
#   registered until the description says so.
# custom:
#   id: KE-DPA-007
#   severity: low
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: KE-DPA, ref: s.18}
#   remediation: >-
#     State whether the data controller is registered with the Data
#     Commissioner in spec.extensions.kenya_dpa.registeredWithDataCommissioner
#     (load the kenya-dpa pack to validate it).
package dria.rules.kenya_dpa.registration_unstated

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if {
	ke.deployed_in_kenya
	ke.processes_personal_data
}

findings contains {"msg": msg, "paths": ["/spec/extensions/kenya_dpa/registeredWithDataCommissioner"]} if {
	lib.absent(["spec", "extensions", "kenya_dpa", "registeredWithDataCommissioner"])
	msg := sprintf(
		concat(" ", [
			"whether the data controller is registered with Kenya's Data Commissioner is not stated",
			"(`spec.extensions.kenya_dpa.registeredWithDataCommissioner`), for the personal data of %s",
		]),
		[lib.people_text],
	)
}
