# METADATA
# title: Biometric or other sensitive data that cannot be deleted at all
# description: >-
#   The system holds biometric, health, genetic or other special-category or
#   criminal-record data, and it cannot delete a person's data at all: for
#   example an iris code or face template written into a ledger, a hash
#   kept to recognise people forever, or backups that cannot be purged. A
#   retention period does not help when nothing can be deleted. People then
#   lose the right to erasure and the protection of storage limitation for
#   the data that harm them most if leaked, and that they can never change;
#   the European Court of Human Rights held that keeping fingerprints and DNA
#   profiles indefinitely breaches the right to private life (S and Marper v
#   UK, 2008), and Kenya's High Court ordered Worldcoin's biometric data
#   deleted (2025).
# custom:
#   id: DRIA-PRIV-025
#   severity: high
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 17}
#     - {framework: GDPR, ref: Art 5(1)(e)}
#     - {framework: GDPR, ref: Art 25(1)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Redesign storage so that each person's sensitive data can be deleted on
#     request and at the end of the retention period: no sensitive data or
#     derived templates on immutable ledgers, keys that can be destroyed for
#     encrypted records (crypto-shredding), backups that expire; until then,
#     stop collecting the data.
package dria.rules.privacy.deletion_impossible

import data.dria.lib

applies if count(lib.processed_sensitive) > 0

findings contains {"msg": msg, "paths": paths} if {
	count(lib.processed_sensitive) > 0
	input.spec.data.subjectRights.deletionPossible == false
	msg := sprintf("the system holds %s data of %s and cannot delete a person's data at all (%s)%s", [
		lib.quote_all(lib.processed_sensitive),
		lib.people_text,
		"`deletionPossible: false`",
		retention_text,
	])
	paths := array.concat(["/spec/data/categories", "/spec/data/subjectRights/deletionPossible"], retention_paths)
}

default retention_text := ""

retention_text := sprintf(
	"; the retention period it states (`retentionDays: %d`) cannot be honoured",
	[input.spec.data.retentionDays],
) if {
	is_number(input.spec.data.retentionDays)
}

default retention_paths := []

retention_paths := ["/spec/data/retentionDays"] if is_number(input.spec.data.retentionDays)
