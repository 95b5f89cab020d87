# METADATA
# title: Consent relied on is not informed
# description: >-
#   The processing relies on people's consent, but people are not told,
#   before they consent, who processes which data and why. Consent must be
#   informed to be consent at all (GDPR Art 4(11)), and the request must be
#   clear and intelligible (Art 7(2)); a "yes" to something nobody explained
#   gives the processing no lawful basis. Parliamentary inquiries into iris
#   enrolment for crypto tokens found that most people who enrolled were
#   not told what would happen to their data.
# custom:
#   id: DRIA-PRIV-022
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 4(11)}
#     - {framework: GDPR, ref: Art 7(2)}
#     - {framework: GDPR, ref: Art 13}
#     - {framework: EU-CFR, ref: Art 8(2)}
#   remediation: >-
#     Before asking for consent, tell people in plain language who the
#     controller is, which data are collected, for what, with whom they are
#     shared, for how long they are kept and how to withdraw; ask again once
#     people have been told, and delete the data collected on uninformed
#     consent.
package dria.rules.privacy.consent_not_informed

import data.dria.lib

applies if lib.consent_relied_on

findings contains {"msg": msg, "paths": paths} if {
	lib.consent_relied_on
	input.spec.data.consent.informed == false
	msg := sprintf(
		concat(" ", [
			"the processing of data of %s relies on consent%s, but people are not told",
			"who processes what and why before they consent (`informed: false`)",
		]),
		[lib.people_text, lib.consent_data_text],
	)
	paths := array.concat(sort(lib.consent_paths), ["/spec/data/consent/informed"])
}
