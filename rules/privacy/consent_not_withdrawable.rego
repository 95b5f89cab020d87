# METADATA
# title: Consent relied on cannot be withdrawn as easily as it was given
# description: >-
#   The processing relies on people's consent, but people cannot withdraw it
#   as easily as they gave it. The right to withdraw consent at any time is
#   part of what makes consent valid (GDPR Art 7(3)): without it, a single
#   moment of agreement binds people for as long as the controller keeps the
#   data. Spain's data protection authority ordered a halt to iris scanning
#   in 2024 after complaints that people could not withdraw their consent.
# custom:
#   id: DRIA-PRIV-023
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 7(3)}
#     - {framework: GDPR, ref: Art 17(1)(b)}
#     - {framework: EU-CFR, ref: Art 8(2)}
#   remediation: >-
#     Let people withdraw consent in the same place and with as few steps as
#     they gave it, stop the processing and erase their data when they do,
#     and tell them before they consent how to withdraw.
package dria.rules.privacy.consent_not_withdrawable

import data.dria.lib

applies if lib.consent_relied_on

findings contains {"msg": msg, "paths": paths} if {
	lib.consent_relied_on
	input.spec.data.consent.withdrawable == false
	msg := sprintf(
		concat(" ", [
			"the processing of data of %s relies on consent%s, but people cannot withdraw",
			"it as easily as they gave it (`withdrawable: false`)%s",
		]),
		[lib.people_text, lib.consent_data_text, deletion_text],
	)
	paths := array.concat(sort(lib.consent_paths), ["/spec/data/consent/withdrawable"])
}

default deletion_text := ""

deletion_text := ", and their data cannot be deleted at all (`deletionPossible: false`)" if {
	input.spec.data.subjectRights.deletionPossible == false
}
