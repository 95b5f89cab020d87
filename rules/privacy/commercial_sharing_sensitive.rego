# METADATA
# title: Sensitive data disclosed to commercial third parties
# description: >-
#   The system processes special-category or criminal-record data and
#   discloses personal data to companies that are not merely its processors:
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

# Recipients that act only on the system's behalf.
findings contains {"msg": msg, "paths": paths} if {
	count(lib.processed_sensitive) > 0
	some i, s in input.spec.data.sharing
	s.type == "commercial"
	not lib.acts_as_processor(s)
	msg := sprintf(
		concat(" ", [
			"the system processes %s data of %s and discloses personal",
			"data to %s, a commercial recipient not bound as a processor%s",
		]),
		[lib.quote_all(lib.processed_sensitive), lib.people_text, lib.quote(s.recipient), purpose_text(s)],
	)
	paths := ["/spec/data/categories", sprintf("/spec/data/sharing/%d", [i])]
}

purpose_text(s) := sprintf(", for %s", [lib.quote(s.purpose)]) if s.purpose

else := ""
