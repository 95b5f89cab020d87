# METADATA
# title: Legal basis for processing personal data is not stated
# description: >-
#   The system processes personal data (or does not say it does not), but the
#   description names no legal basis for it: neither `data.lawfulBases` (the
#   GDPR Art 6(1) grounds) nor `data.legalBasis` (the provision relied on).
#   Lawfulness is a basic condition of data protection. A system that
#   processes no personal data or touches no one is not asked, nor is a
#   legal basis marked not applicable. How long data are kept is asked by
#   DRIA-GAP-019.
# custom:
#   id: DRIA-GAP-007
#   severity: low
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 6"}
#   remediation: >-
#     State `data.lawfulBases` (consent, contract, legal-obligation,
#     vital-interests, public-task or legitimate-interests) and, in
#     `data.legalBasis`, the provision relied on.
package dria.rules.gaps.data_protection

import data.dria.lib

applies if {
	lib.may_process_personal_data
	lib.question_applies("data.legalBasis")
	lib.question_applies("data.lawfulBases")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "data", "legalBasis"])
	lib.absent(["spec", "data", "lawfulBases"])
	msg := concat(" ", [
		"the legal basis for processing the personal data is not stated:",
		"`data.lawfulBases` and `data.legalBasis` missing",
	])
	paths := ["/spec/data/lawfulBases", "/spec/data/legalBasis"]
}
