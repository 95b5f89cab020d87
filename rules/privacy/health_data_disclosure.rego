# METADATA
# title: Health or genetic data exposed to disclosures to police, intelligence or companies
# description: >-
#   The system holds health or genetic data and discloses personal data to
#   police, intelligence services or companies that use it for their own
#   ends (employers, insurers, banks, brokers), and the health data go to
#   them: the recipient is stated to receive them, or nothing in the
#   description keeps them out of the disclosure. Medical
#   confidentiality protects more than privacy: the European Court of Human
#   Rights has stressed that people who fear their health data will reach
#   others may withhold information from doctors or avoid care altogether,
#   which endangers their own health and, for infectious diseases, public
#   health. Genetic data also expose relatives who never consented.
# custom:
#   id: DRIA-PRIV-013
#   severity: medium
#   likelihood: likely
#   rights: [privacy, health]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 9}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ICESCR, ref: Art 12}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: UDHR, ref: Art 12}
#   remediation: >-
#     Exclude health and genetic data from every disclosure to police,
#     intelligence and commercial recipients by design (separate stores,
#     field-level filters), allow exceptions only under a specific law with
#     prior independent authorisation in the individual case, and bind
#     service providers as processors that may not use the data for
#     themselves.
package dria.rules.privacy.health_data_disclosure

import data.dria.lib

medical := lib.categories & {"health", "genetic"}

applies if count(medical) > 0

risky_recipient(s) if s.type in {"law-enforcement", "intelligence"}

risky_recipient(s) if {
	s.type == "commercial"
	not lib.acts_as_processor(s)
}

findings contains {"msg": msg, "paths": paths} if {
	count(medical) > 0
	some i, s in input.spec.data.sharing
	risky_recipient(s)
	shared := lib.recipient_categories(s) & medical
	count(shared) > 0
	msg := sprintf("the system holds %s data of %s and %s", [
		lib.quote_all(medical),
		lib.people_text,
		disclosure_text(s, shared),
	])
	paths := sort({"/spec/data/categories", lib.recipient_categories_path(i, s), sprintf("/spec/data/sharing/%d", [i])})
}

# disclosure_text says what goes to the recipient: the health or genetic
# data it is stated to receive, or personal data with nothing stated to
# keep the health data out.
disclosure_text(s, shared) := sprintf("discloses %s data to %s (%s)", [
	lib.quote_all(shared),
	lib.quote(s.recipient),
	lib.quote(s.type),
]) if {
	is_array(s.dataCategories)
} else := sprintf("discloses personal data to %s (%s), with no stated limit keeping the %s data out", [
	lib.quote(s.recipient),
	lib.quote(s.type),
	concat(" and ", sort(shared)),
])
