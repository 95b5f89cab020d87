# METADATA
# title: Special-category or criminal-record data without a condition for processing it
# description: >-
#   The system processes data that reveals health, genetic or biometric
#   traits, ethnic origin, religion, political opinions, trade-union
#   membership, sex life or sexual orientation, or criminal records, but the
#   stated legal basis names no condition that allows processing such data
#   (GDPR Art 9(2) for special categories, Art 10 for criminal records), or no
#   legal basis is stated at all. Processing these data is prohibited unless
#   such a condition applies, because their misuse exposes people to
#   discrimination, stigma and persecution. Regulators have fined exactly this
#   pattern, for example biometric face templates built without any lawful
#   condition, or political and religious profiles built for targeting.
# custom:
#   id: DRIA-PRIV-001
#   severity: medium
#   likelihood: likely
#   rights: [privacy, non-discrimination]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 9}
#     - {framework: GDPR, ref: Art 10}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Identify, for each special category and for criminal-record data, the
#     specific condition that permits processing it (for example a law
#     adopted under GDPR Art 9(2)(g) with suitable safeguards, or explicit
#     consent where consent can be free), record it in the legal basis, and
#     stop collecting the categories for which no condition exists.
package dria.rules.privacy.special_category_basis

import data.dria.lib

applies if count(lib.processed_sensitive) > 0

# A stated legal basis that names a condition for special-category or
# criminal-record data.
condition_pattern := concat("", [
	`(?i)(art(icle)?\.?\s*(9|10)([^0-9]|$)|`,
	`9\s*\(\s*2\s*\)|special.categor|`,
	`sensitive.(personal.)?data|explicit.consent)`,
])

# Phrases that deny such a condition ("no Art 9 condition identified").
negated_pattern := `(?i)\b(no|without|lacks?|missing)\b[^;]*(art(icle)?\.?\s*(9|10)|condition|special.categor)`

names_condition if {
	regex.match(condition_pattern, input.spec.data.legalBasis)
	not regex.match(negated_pattern, input.spec.data.legalBasis)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "data", "legalBasis"])
	msg := sprintf("processes %s data of %s, and no legal basis is stated", [
		lib.quote_all(lib.processed_sensitive),
		lib.people_text,
	])
	paths := ["/spec/data/categories", "/spec/data/legalBasis"]
}

findings contains {"msg": msg, "paths": paths} if {
	basis := input.spec.data.legalBasis
	not names_condition
	msg := sprintf(
		concat(" ", [
			"processes %s data of %s, but the stated legal basis %s names no condition for",
			"special-category or criminal-record data (such as GDPR Art 9(2) or Art 10)",
		]),
		[lib.quote_all(lib.processed_sensitive), lib.people_text, lib.quote(basis)],
	)
	paths := ["/spec/data/categories", "/spec/data/legalBasis"]
}
