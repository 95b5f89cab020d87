# METADATA
# title: Consent relied on was found invalid by an authority, audit or court
# description: >-
#   The processing relies on people's consent, and a data protection
#   authority, an audit or a court has found that consent inadequate. A
#   finding that the consent is invalid means the processing has no lawful
#   basis in consent: it weighs at least as heavily as consent that was never
#   asked for, and the data collected on it were collected unlawfully.
#   Kenya's High Court found consent induced by crypto tokens invalid and
#   ordered the biometric data deleted (Katiba Institute v Worldcoin, 2025).
# custom:
#   id: DRIA-PRIV-024
#   severity: medium
#   likelihood: almost-certain
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 6(1)(a)}
#     - {framework: GDPR, ref: Art 7}
#     - {framework: GDPR, ref: Art 4(11)}
#     - {framework: GDPR, ref: Art 9(2)(a)}
#     - {framework: EU-CFR, ref: Art 8(2)}
#   remediation: >-
#     Stop the processing that rests on the consent found invalid, comply
#     with the authority's or court's orders (including deletion), and do not
#     resume until a valid lawful basis exists: consent asked for again in a
#     way that meets the finding, or another basis that truly applies.
package dria.rules.privacy.consent_found_invalid

import data.dria.lib

applies if lib.consent_relied_on

findings contains {"msg": msg, "paths": paths} if {
	lib.consent_relied_on
	consent := input.spec.data.consent
	lib.found_inadequate(consent)
	msg := sprintf("the processing of data of %s relies on consent%s, and that consent was found inadequate%s", [
		lib.people_text,
		lib.consent_data_text,
		lib.source_text(consent),
	])
	paths := array.concat(sort(lib.consent_paths), ["/spec/data/consent/status"])
}
