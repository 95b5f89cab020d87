# METADATA
# title: Access to benefits gated by biometric matching with no fallback
# description: >-
#   People must pass an automated biometric match (fingerprint, face or iris)
#   to receive social benefits or public services they cannot opt out of,
#   and when the match fails there is neither an offline or assisted
#   alternative nor an official who can override the result. Biometric
#   matching fails most often for older people, manual workers with worn
#   fingerprints, people with disabilities and people with poor
#   connectivity; in India, authentication failures under Aadhaar-linked
#   ration schemes left eligible families without food, and Kenya's courts
#   stopped the Huduma Namba roll-out until data protection safeguards were
#   in place, in cases that also raised the exclusion of people without
#   documents. A failed match must never mean a lost entitlement. Digital
#   identity systems that gate services are checked by DRIA-ID-002; this rule
#   covers biometric checks built into benefit delivery itself (ration
#   shops, proof-of-life for pensions, payment points).
# custom:
#   id: DRIA-DEC-012
#   severity: medium
#   likelihood: likely
#   rights: [social-security, non-discrimination, accessibility]
#   category: automated-decisions
#   references:
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: ICESCR, ref: Art 11}
#     - {framework: CRPD, ref: Art 9}
#     - {framework: OECD-DD, ref: Key area 3}
#   remediation: >-
#     Provide an exception route at every point of service (an official who
#     can verify identity by other means, one-time codes, nominees for people
#     who cannot authenticate), keep paying while the exception is handled,
#     measure and publish false-rejection rates by age, sex, disability and
#     occupation, and never cancel an entitlement because authentication
#     failed.
package dria.rules.decisions.biometric_benefit_gate

import data.dria.lib

biometric_match if count(lib.techniques & {"facial-recognition", "remote-biometric-identification"}) > 0

biometric_match if "biometric" in lib.categories

# Digital identity systems that gate services are checked by DRIA-ID-002.
applies if {
	"social-benefits" in lib.domains
	not "digital-identity" in lib.domains
	biometric_match
	lib.decision_question_applies("decisions")
}

findings contains {"msg": msg, "paths": paths} if {
	"social-benefits" in lib.domains
	not "digital-identity" in lib.domains
	biometric_match
	lib.automated_decisions
	input.spec.affected.mandatory == true
	not fallback
	msg := sprintf(
		concat(" ", [
			"%s must pass %s biometric matching to receive social benefits or services they",
			"cannot opt out of (`mandatory: true`), and a failed match has no fallback: %s",
		]),
		[lib.people_text, lib.quote(lib.automation), concat("; ", sort(no_fallback))],
	)
	paths := [
		"/spec/context/domains", "/spec/affected/mandatory",
		"/spec/accessibility/nonDigitalAlternative", "/spec/decisions/humanReview",
	]
}

offline if input.spec.accessibility.nonDigitalAlternative == true

# An offline channel marked not applicable is not asked for; an official's
# override found inadequate does not count.
offline if not lib.question_applies("accessibility.nonDigitalAlternative")

fallback if offline

fallback if lib.overriding_review

no_fallback contains "no offline or assisted alternative (`nonDigitalAlternative: false`)" if {
	input.spec.accessibility.nonDigitalAlternative == false
}

no_fallback contains "no offline or assisted alternative is stated" if {
	lib.absent(["spec", "accessibility", "nonDigitalAlternative"])
}

no_fallback contains concat("", ["no official can override a failed match", lib.review_note]) if {
	not lib.overriding_review
}
