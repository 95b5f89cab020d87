# METADATA
# title: Special-category data processed with no condition for processing it
# description: >-
#   The system processes data that reveals health, genetic or biometric
#   traits, ethnic origin, religion, political opinions, trade-union
#   membership, sex life or sexual orientation, and no condition that allows
#   processing such data (GDPR Art 9(2)) is stated: the list of conditions
#   is empty, or, where it is not given, the legal basis in words names
#   none, or no legal basis is stated at all. Processing these data is
#   prohibited unless such a condition applies, because their misuse exposes
#   people to discrimination, stigma and persecution. Regulators have fined
#   exactly this pattern, for example biometric face templates built without
#   any lawful condition, or political and religious profiles built for
#   targeting. Criminal-record data have their own rule (DRIA-PRIV-016).
# custom:
#   id: DRIA-PRIV-001
#   severity: medium
#   likelihood: likely
#   rights: [privacy, non-discrimination]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 9}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Identify, for each special category, the specific condition that
#     permits processing it (for example a law adopted under GDPR Art
#     9(2)(g) with suitable safeguards, or explicit consent where consent
#     can be free), state it in specialCategoryConditions (and the law in
#     nationalLaw), and stop collecting the categories for which no condition
#     exists.
package dria.rules.privacy.special_category_basis

import data.dria.lib

applies if count(lib.processed_special) > 0

# A legal basis in words that names a condition for special-category or
# criminal-record data: read only when specialCategoryConditions is not
# given (descriptions in the first version of the format).
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

conditions_unstated if lib.absent(["spec", "data", "specialCategoryConditions"])

data_text := sprintf("processes %s data of %s", [lib.quote_all(lib.processed_special), lib.people_text])

findings contains {"msg": msg, "paths": paths} if {
	count(lib.processed_special) > 0
	input.spec.data.specialCategoryConditions == []
	msg := sprintf(
		"%s, and no condition for processing special categories of data is stated (`specialCategoryConditions: []`)",
		[data_text],
	)
	paths := ["/spec/data/categories", "/spec/data/specialCategoryConditions"]
}

findings contains {"msg": msg, "paths": paths} if {
	count(lib.processed_special) > 0
	conditions_unstated
	lib.absent(["spec", "data", "legalBasis"])
	msg := sprintf("%s, and %s", [data_text, unstated_text])
	paths := ["/spec/data/categories", "/spec/data/legalBasis", "/spec/data/specialCategoryConditions"]
}

findings contains {"msg": msg, "paths": paths} if {
	count(lib.processed_special) > 0
	conditions_unstated
	basis := input.spec.data.legalBasis
	not names_condition
	msg := sprintf(
		concat(" ", [
			"%s, but the stated legal basis %s names no condition for",
			"special-category data (such as GDPR Art 9(2))%s",
		]),
		[data_text, lib.quote(basis), structured_note],
	)
	paths := ["/spec/data/categories", "/spec/data/legalBasis", "/spec/data/specialCategoryConditions"]
}

default unstated_text := "no legal basis is stated"

unstated_text := concat(" ", [
	"no condition for processing special categories of data is stated",
	"(neither `specialCategoryConditions` nor a legal basis in words)",
]) if {
	lib.bases_structured
}

default structured_note := ""

structured_note := ", and `specialCategoryConditions` is not given" if lib.bases_structured
