# METADATA
# title: Consent is the only lawful basis of a public body's processing
# description: >-
#   A public body, or a contractor delivering a public service, states
#   consent as the only lawful basis for processing people's data. Consent
#   is valid only if people can refuse without detriment, and people rarely
#   can when the body that asks decides on their benefits, permits, care or
#   schooling: the GDPR warns that consent is unlikely to be freely given
#   where there is a clear imbalance between the person and the controller,
#   in particular a public authority. Processing then rests on nothing, and
#   "you agreed" replaces the law that should say what the body may do with
#   the data and with which safeguards.
# custom:
#   id: DRIA-PRIV-017
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 4(11)}
#     - {framework: GDPR, ref: Art 7(4)}
#     - {framework: GDPR, ref: Art 6(1)(e)}
#     - {framework: GDPR, ref: Art 6(3)}
#     - {framework: ECHR, ref: Art 8(2)}
#   remediation: >-
#     Rest the processing on the public task or legal obligation that a
#     published law gives the body (GDPR Art 6(1)(c) or (e)), name that law,
#     and keep consent only for truly optional extras that people can refuse
#     or withdraw without losing any service; state the bases in lawfulBases.
package dria.rules.privacy.consent_public_authority

import data.dria.lib

applies if {
	lib.is_public_sector
	count(lib.lawful_bases) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	lib.is_public_sector
	lib.lawful_bases == {"consent"}
	msg := sprintf(
		concat(" ", [
			"a public body or public-service contractor (`sector: %s`) rests the processing of data of %s",
			"on consent alone (`lawfulBases: [consent]`)%s, though people who depend on it cannot",
			"freely refuse",
		]),
		[input.spec.context.sector, lib.people_text, mandatory_text],
	)
	paths := sort({"/spec/context/sector", "/spec/data/lawfulBases"} | mandatory_paths)
}

default mandatory_text := ""

mandatory_text := ", while use of the system is mandatory (`mandatory: true`)" if {
	input.spec.affected.mandatory == true
}

default mandatory_paths := set()

mandatory_paths := {"/spec/affected/mandatory"} if input.spec.affected.mandatory == true
