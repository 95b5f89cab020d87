# METADATA
# title: Sensitive data of 100,000 people or more with no retention limit stated
# description: >-
#   The system holds special-category or criminal-record data on 100,000
#   people or more, and no retention limit is stated at all. Without a limit
#   such data are in practice kept indefinitely: storage limitation is a
#   core principle of data protection, and the European Court of Human
#   Rights has held that blanket and indefinite retention of fingerprints,
#   DNA profiles and photographs breaches the right to private life. The
#   longer such data are kept, the more people a breach, a change of
#   government or function creep can harm.
# custom:
#   id: DRIA-PRIV-034
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 5(1)(e)}
#     - {framework: GDPR, ref: Art 30(1)(f)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Set a retention period per data category tied to the purpose, enforce
#     it with automatic deletion, state it in retentionDays and in the
#     privacy notice, and review any longer retention case by case.
package dria.rules.privacy.sensitive_retention_unstated

import data.dria.lib

applies if {
	count(lib.processed_sensitive) > 0
	lib.people >= 100000
}

findings contains {"msg": msg, "paths": paths} if {
	count(lib.processed_sensitive) > 0
	lib.people >= 100000
	lib.absent(["spec", "data", "retentionDays"])
	msg := sprintf("processes %s data of %s and no retention limit is stated", [
		lib.quote_all(lib.processed_sensitive),
		lib.people_text,
	])
	paths := ["/spec/data/categories", "/spec/affected/people", "/spec/data/retentionDays"]
}
