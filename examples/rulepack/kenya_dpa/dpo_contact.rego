# METADATA
# title: Data protection officer in Kenya with no contact given
# description: >-
#   A data protection officer under section 24 of Kenya's Data Protection
#   Act, 2019 is the point of contact of the Data Commissioner and of the
#   people whose data is processed. The description says an officer is
#   designated but gives no way to reach them, so people cannot use the
#   officer to ask about, correct or object to the processing of their data.
# custom:
#   id: KE-DPA-009
#   severity: low
#   likelihood: possible
#   rights: [privacy, remedy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.24}
#   remediation: >-
#     Publish how to reach the data protection officer (an e-mail address,
#     postal address or web page) and record it in
#     spec.extensions.kenya_dpa.dataProtectionOfficer.contact.
package dria.rules.kenya_dpa.dpo_contact

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if {
	ke.deployed_in_kenya
	input.spec.extensions.kenya_dpa.dataProtectionOfficer.designated == true
}

findings contains {"msg": msg, "paths": ["/spec/extensions/kenya_dpa/dataProtectionOfficer/contact"]} if {
	lib.absent(["spec", "extensions", "kenya_dpa", "dataProtectionOfficer", "contact"])
	msg := concat(" ", [
		"a data protection officer is designated (`designated: true`) but no contact is given",
		"(`dataProtectionOfficer.contact`), so people in Kenya cannot reach them",
	])
}
