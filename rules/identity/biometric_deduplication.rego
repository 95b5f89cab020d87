# METADATA
# title: One-to-many biometric de-duplication of a population with no stated false-match rate
# description: >-
#   The identity scheme de-duplicates people by their biometrics: each new
#   enrolment is searched one-to-many against the fingerprints, faces or
#   irises of everyone already enrolled, and no false-match rate is stated.
#   This is a different interference from a one-to-one check that a person
#   is who they claim to be: it needs a central biometric database of the
#   whole population, searched every time anyone enrols. As the register
#   grows, even a small error rate flags real people as duplicates of
#   someone else, and those flagged are refused an identity, and with it the
#   benefits and services tied to it, until they can prove they exist.
#   India's Aadhaar and Kenya's Huduma Namba relied on such de-duplication.
# custom:
#   id: DRIA-ID-006
#   severity: medium
#   likelihood: likely
#   rights: [privacy, non-discrimination, social-security]
#   category: digital-identity
#   references:
#     - {framework: ICCPR, ref: Art 16}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: GDPR, ref: Art 5(1)(d)}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: OECD-DD, ref: Key area 3}
#   remediation: >-
#     Measure and publish the false-match and false-non-match rates of
#     de-duplication at the register's real size, by age, sex and
#     occupation; have a person review every suspected duplicate before
#     anyone is refused; give those flagged a fast, free way to resolve it;
#     and consider whether one-to-one verification would meet the purpose
#     without a central search.
package dria.rules.identity.biometric_deduplication

import data.dria.lib

applies if {
	lib.id_system
	"deduplication" in lib.biometric_functions
}

rate_stated if lib.stated(["spec", "ai", "accuracy", "falsePositiveRate"])

rate_stated if lib.stated(["spec", "decisions", "matching", "falseMatchRate"])

findings contains {"msg": msg, "paths": paths} if {
	lib.id_system
	"deduplication" in lib.biometric_functions
	not rate_stated
	msg := sprintf(
		concat(" ", [
			"each enrolment of %s in the identity scheme is searched one-to-many against the",
			"biometric data of everyone enrolled (`biometricFunctions: deduplication`), and %s; a",
			"false match marks a real person as a duplicate and can refuse them an identity%s",
		]),
		[lib.people_text, rate_text, grievance_text],
	)
	paths := array.concat(["/spec/ai/biometricFunctions", "/spec/ai/accuracy", lib.id_path], grievance_paths)
}

default rate_text := "no false-match rate is stated"

rate_text := "its error rate was never measured (`accuracy.measured: false`)" if {
	input.spec.ai.accuracy.measured == false
}

default grievance_text := ""

grievance_text := ", with no grievance route to undo it (`grievance.available: false`)" if {
	input.spec.accountability.grievance.available == false
}

default grievance_paths := []

grievance_paths := ["/spec/accountability/grievance/available"] if {
	input.spec.accountability.grievance.available == false
}
