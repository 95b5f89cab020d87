# METADATA
# title: Consent relied on is not freely given
# description: >-
#   The processing relies on people's consent, but the description shows
#   that the consent is not free: people cannot refuse without detriment,
#   they are paid or given something of value for their data, consent is
#   bundled with other terms, or the service is refused to those who do not
#   consent. Consent that is bought, forced or hidden in terms is not
#   consent (GDPR Art 4(11), Art 7(4)), and the processing then has no
#   lawful basis. Payment in exchange for iris scans drew people in poverty
#   into giving up biometric data they can never change: Kenya's High Court
#   held such induced consent invalid (Katiba Institute v Worldcoin, 2025).
# custom:
#   id: DRIA-PRIV-021
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 4(11)}
#     - {framework: GDPR, ref: Art 7(4)}
#     - {framework: GDPR, ref: Art 7(2)}
#     - {framework: GDPR, ref: Art 9(2)(a)}
#     - {framework: EU-CFR, ref: Art 8(2)}
#     - {framework: ECHR, ref: Art 8}
#   remediation: >-
#     Stop relying on this consent: ask for it separately from other terms,
#     never pay or reward people for their data, give the service to those
#     who refuse, and delete the data collected on consent that was not free;
#     or rest the processing on another lawful basis that truly applies.
package dria.rules.privacy.consent_not_free

import data.dria.lib

applies if lib.consent_relied_on

failures contains {
	"text": "people cannot refuse without detriment (`freelyGiven: false`)",
	"path": "/spec/data/consent/freelyGiven",
} if {
	input.spec.data.consent.freelyGiven == false
}

failures contains {
	"text": "people are paid or given something of value for their data (`incentive: true`)",
	"path": "/spec/data/consent/incentive",
} if {
	input.spec.data.consent.incentive == true
}

failures contains {
	"text": "consent is bundled with other terms (`bundled: true`)",
	"path": "/spec/data/consent/bundled",
} if {
	input.spec.data.consent.bundled == true
}

failures contains {
	"text": "the service is refused to people who do not consent (`conditionOfService: true`)",
	"path": "/spec/data/consent/conditionOfService",
} if {
	input.spec.data.consent.conditionOfService == true
}

findings contains {"msg": msg, "paths": paths} if {
	lib.consent_relied_on
	count(failures) > 0
	msg := sprintf("the processing of data of %s relies on consent%s, but the consent is not freely given: %s", [
		lib.people_text,
		lib.consent_data_text,
		concat("; ", sort([f.text | some f in failures])),
	])
	paths := array.concat(sort(lib.consent_paths), sort([f.path | some f in failures]))
}
