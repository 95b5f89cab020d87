# METADATA
# title: No data protection officer designated where section 24 calls for one in Kenya
# description: >-
#   Section 24 of Kenya's Data Protection Act, 2019 provides for a data
#   protection officer where processing is carried out by a public body, or
#   where the core activities are the systematic monitoring of people on a
#   large scale or the processing of sensitive personal data. Without one,
#   nobody inside the organisation is charged with advising on and
#   monitoring compliance, or with being the point of contact of the Data
#   Commissioner and of the people whose data is processed.
# custom:
#   id: KE-DPA-008
#   severity: medium
#   likelihood: possible
#   rights: [privacy, remedy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.24}
#   remediation: >-
#     Designate or appoint a data protection officer with the knowledge the
#     Act asks for, publish how to reach them, and record it in
#     spec.extensions.kenya_dpa.dataProtectionOfficer.
package dria.rules.kenya_dpa.dpo

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if {
	ke.deployed_in_kenya
	count(ke.dpo_grounds) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.extensions.kenya_dpa.dataProtectionOfficer.designated == false
	msg := sprintf("no data protection officer is designated (`designated: false`) for %s in Kenya, affecting %s", [
		lib.join_and(sort([g.text | some g in ke.dpo_grounds])),
		lib.people_text,
	])
	paths := array.concat(
		["/spec/extensions/kenya_dpa/dataProtectionOfficer/designated"],
		sort([g.path | some g in ke.dpo_grounds]),
	)
}
