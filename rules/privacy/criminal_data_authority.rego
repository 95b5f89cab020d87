# METADATA
# title: Criminal-offence data processed with no law or official authority stated for it
# description: >-
#   The system processes data on criminal convictions, offences or related
#   security measures, and no law or official authority that allows it is
#   stated: criminalDataAuthority is not given and the legal basis in words
#   names none, or no legal basis is stated at all. GDPR Art 10 allows such
#   processing only under the control of official authority or where a law
#   provides for it with appropriate safeguards. Criminal records follow
#   people for life: once they reach employers, landlords, lenders or
#   officials who should not see them, people who have served their
#   sentence are shut out of work and housing, and wrong or outdated records
#   punish people for offences they did not commit.
# custom:
#   id: DRIA-PRIV-016
#   severity: medium
#   likelihood: likely
#   rights: [privacy, non-discrimination]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 10}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Name the law (act and section) that authorises processing
#     criminal-offence data for this purpose, or the official authority it is
#     carried out under, with the safeguards the law provides (who may see
#     the records, for how long, how people can correct them), and state it
#     in criminalDataAuthority; stop collecting such data where no law
#     allows it.
package dria.rules.privacy.criminal_data_authority

import data.dria.lib

applies if "criminal-records" in lib.categories

# A legal basis in words that names a condition for special-category or
# criminal-record data: read only when criminalDataAuthority is not given
# (descriptions in the first version of the format), with the same words
# as DRIA-PRIV-001 so that such descriptions are assessed as before.
condition_pattern := concat("", [
	`(?i)(art(icle)?\.?\s*(9|10)([^0-9]|$)|`,
	`9\s*\(\s*2\s*\)|special.categor|`,
	`sensitive.(personal.)?data|explicit.consent)`,
])

negated_pattern := `(?i)\b(no|without|lacks?|missing)\b[^;]*(art(icle)?\.?\s*(9|10)|condition|special.categor)`

names_condition if {
	regex.match(condition_pattern, input.spec.data.legalBasis)
	not regex.match(negated_pattern, input.spec.data.legalBasis)
}

authority_stated if lib.non_blank(input.spec.data.criminalDataAuthority)

data_text := sprintf("processes `criminal-records` data of %s", [lib.people_text])

findings contains {"msg": msg, "paths": paths} if {
	"criminal-records" in lib.categories
	not authority_stated
	lib.absent(["spec", "data", "legalBasis"])
	msg := sprintf("%s, and no legal basis or authority for criminal-offence data is stated%s", [
		data_text,
		authority_note,
	])
	paths := ["/spec/data/categories", "/spec/data/criminalDataAuthority", "/spec/data/legalBasis"]
}

findings contains {"msg": msg, "paths": paths} if {
	"criminal-records" in lib.categories
	not authority_stated
	basis := input.spec.data.legalBasis
	not names_condition
	msg := sprintf(
		"%s, but the stated legal basis %s names no law or official authority for criminal-offence data (GDPR Art 10)%s",
		[data_text, lib.quote(basis), authority_note],
	)
	paths := ["/spec/data/categories", "/spec/data/criminalDataAuthority", "/spec/data/legalBasis"]
}

default authority_note := ""

authority_note := " (`criminalDataAuthority` is blank)" if {
	is_string(input.spec.data.criminalDataAuthority)
} else := " (`criminalDataAuthority` is not given)" if {
	lib.bases_structured
}
