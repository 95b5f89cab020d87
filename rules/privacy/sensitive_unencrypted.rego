# METADATA
# title: Sensitive data or communications not encrypted at rest or in transit
# description: >-
#   Special-category or criminal-record data, or the content of people's
#   communications, are stored or sent over networks without encryption, or,
#   for such data on 100,000 people or more, encryption is not stated. A
#   single stolen disk, misconfigured bucket or intercepted connection then
#   exposes the most damaging information people have. Encryption is the
#   measure that data protection law names first among appropriate security
#   measures, and its absence also removes the exemption from telling people
#   about a breach.
# custom:
#   id: DRIA-PRIV-010
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 32(1)(a)}
#     - {framework: GDPR, ref: Art 34(3)(a)}
#     - {framework: GDPR, ref: Art 5(1)(f)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Encrypt the sensitive data at rest (storage, backups, exports) and in
#     transit (TLS on every connection, including internal ones) with keys
#     managed separately from the data, and state both in the description.
package dria.rules.privacy.sensitive_unencrypted

import data.dria.lib

protected := lib.processed_sensitive | (lib.categories & {"communications-content"})

applies if count(protected) > 0

gaps contains {"text": "they are not encrypted at rest (`atRest: false`)", "path": "/spec/data/encryption/atRest"} if {
	input.spec.data.encryption.atRest == false
}

gaps contains {
	"text": "they are not encrypted in transit (`inTransit: false`)",
	"path": "/spec/data/encryption/inTransit",
} if {
	input.spec.data.encryption.inTransit == false
}

gaps contains {"text": "encryption at rest is not stated", "path": "/spec/data/encryption/atRest"} if {
	lib.absent(["spec", "data", "encryption", "atRest"])
	lib.people >= 100000
}

gaps contains {"text": "encryption in transit is not stated", "path": "/spec/data/encryption/inTransit"} if {
	lib.absent(["spec", "data", "encryption", "inTransit"])
	lib.people >= 100000
}

findings contains {"msg": msg, "paths": paths} if {
	count(protected) > 0
	count(gaps) > 0
	msg := sprintf("the system holds %s data of %s, and %s", [
		lib.quote_all(protected),
		lib.people_text,
		concat(" and ", sort([g.text | some g in gaps])),
	])
	paths := array.concat(["/spec/data/categories"], sort([g.path | some g in gaps]))
}
