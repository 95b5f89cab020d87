# METADATA
# title: Sensitive data disclosed to commercial third parties
# description: >-
#   The system processes special-category or criminal-record data and
#   discloses personal data to companies that are not merely its processors
#   (judged on the categories each recipient gets, when the description
#   says so):
#   clients, data brokers, partners, banks, employers or other businesses
#   that use the data for their own ends. Sensitive data in commercial hands
#   are resold, combined into profiles and used to price, rank, exclude or
#   manipulate people, usually without their knowledge; the harm falls
#   hardest on those whose health, ethnicity, beliefs or past are exposed.
# custom:
#   id: DRIA-PRIV-007
#   severity: medium
#   likelihood: likely
#   rights: [privacy, non-discrimination]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 9}
#     - {framework: GDPR, ref: Art 5(1)(b)}
#     - {framework: GDPR, ref: Art 14}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: UDHR, ref: Art 12}
#   remediation: >-
#     Stop disclosing sensitive data to companies for their own purposes;
#     where a company only acts for you, bind it as a processor (GDPR Art 28)
#     with purpose limits and audit rights; where disclosure is truly needed,
#     share only the minimum, anonymised or aggregated where possible, on a
#     specific legal condition, and tell the people concerned.
package dria.rules.privacy.commercial_sharing_sensitive

import data.dria.lib

applies if {
	count(lib.processed_sensitive) > 0
	some s in input.spec.data.sharing
	s.type == "commercial"
}

findings contains {"msg": msg, "paths": paths} if {
	count(lib.processed_sensitive) > 0
	some i, s in input.spec.data.sharing
	s.type == "commercial"
	not lib.acts_as_processor(s)
	sensitive := lib.recipient_sensitive(s)
	count(sensitive) > 0
	msg := sprintf(
		concat(" ", [
			"the system processes %s data of %s and discloses %s to %s, a",
			"commercial recipient not bound as a processor%s",
		]),
		[
			lib.quote_all(lib.processed_sensitive),
			lib.people_text,
			what_text(s, sensitive),
			lib.quote(s.recipient),
			purpose_text(s),
		],
	)
	paths := sort({"/spec/data/categories", lib.recipient_categories_path(i, s), sprintf("/spec/data/sharing/%d", [i])})
}

# what_text says what the recipient gets: the sensitive categories it is
# stated to receive, or personal data in general when that is not stated.
what_text(s, sensitive) := sprintf("%s data", [lib.quote_all(sensitive)]) if is_array(s.dataCategories)

else := "personal data"

purpose_text(s) := sprintf(", for %s", [lib.quote(s.purpose)]) if s.purpose

else := ""
