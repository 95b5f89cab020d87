# METADATA
# title: Disclosure to police, intelligence or other authorities without a legal basis
# description: >-
#   Personal data are handed to law enforcement, intelligence services or
#   other public bodies, and no legal basis for that disclosure is stated, it
#   is said to be undocumented or unpublished, or it rests on non-binding
#   arrangements. An interference with private life must be "in accordance
#   with the law": a published, foreseeable law that limits who gets what and
#   why. Without it, data collected to deliver a service quietly become
#   material for investigations, watch-lists or removals, and people cannot
#   know or challenge it.
# custom:
#   id: DRIA-PRIV-006
#   severity: medium
#   likelihood: likely
#   rights: [privacy, remedy]
#   category: privacy
#   references:
#     - {framework: ECHR, ref: Art 8(2)}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: GDPR, ref: Art 5(1)(b)}
#     - {framework: GDPR, ref: Art 6(3)}
#   remediation: >-
#     Stop the disclosure until a published law or binding instrument names
#     the recipient, the data, the purpose and the safeguards (prior
#     authorisation, logging, limits on onward use); record that basis for
#     each recipient and report the number of disclosures publicly.
package dria.rules.privacy.authority_sharing_basis

import data.dria.lib

authority_types := {"law-enforcement", "intelligence", "other-public-body"}

applies if {
	some s in input.spec.data.sharing
	s.type in authority_types
}

# A legal basis that is declared missing, secret or not law.
no_basis_pattern := concat("", [
	`(?i)(^\s*$|^\s*(none|unknown|n/?a|tbd|tbc|-+)\s*\.?\s*$|not\s+(documented|published|`,
	`stated|known|specified|identified|available|public)|undocumented|unpublished|`,
	`no\s+(legal\s+)?basis|non-binding|informal|memorand(um|a)\s+of\s+understanding|\bmou\b)`,
])

basis_problem(s) := "no legal basis is stated" if {
	not s.legalBasis
} else := sprintf("its legal basis is given as %s", [lib.quote(s.legalBasis)]) if {
	regex.match(no_basis_pattern, s.legalBasis)
}

findings contains {"msg": msg, "paths": paths} if {
	some i, s in input.spec.data.sharing
	s.type in authority_types
	problem := basis_problem(s)
	msg := sprintf("data of %s are disclosed to %s (%s)%s, and %s", [
		lib.people_text,
		lib.quote(s.recipient),
		lib.quote(s.type),
		purpose_text(s),
		problem,
	])
	paths := [sprintf("/spec/data/sharing/%d", [i])]
}

purpose_text(s) := sprintf(" for %s", [lib.quote(s.purpose)]) if s.purpose

else := ""
