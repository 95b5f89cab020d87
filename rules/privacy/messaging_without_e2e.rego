# METADATA
# title: Messaging without end-to-end encryption
# description: >-
#   A messaging service carries people's private messages or call records,
#   but they are not end-to-end encrypted (or end-to-end encryption is not
#   stated), so the operator, anyone who breaches it and any authority that
#   compels it can read them. Confidential communication is at the core of
#   private life and correspondence, and it is what journalists' sources,
#   activists, lawyers and people at risk rely on; UN rapporteurs have
#   described encryption as an enabler of the freedom of opinion and
#   expression.
# custom:
#   id: DRIA-PRIV-011
#   severity: medium
#   likelihood: likely
#   rights: [privacy, expression]
#   category: privacy
#   references:
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 7}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: GDPR, ref: Art 25}
#     - {framework: GDPR, ref: Art 32}
#   remediation: >-
#     Encrypt message content end to end by default for one-to-one and group
#     conversations with an audited, open protocol, minimise the metadata the
#     servers keep, and do not build scanning or key-escrow mechanisms that
#     give third parties access to content.
package dria.rules.privacy.messaging_without_e2e

import data.dria.lib

comms := lib.categories & {"communications-content", "communications-metadata"}

applies if "messaging" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	"messaging" in lib.domains
	count(comms) > 0
	msg := sprintf("a `messaging` service handles %s data of %s, and %s", [lib.quote_all(comms), lib.people_text, e2e_gap])
	paths := ["/spec/context/domains", "/spec/data/categories", "/spec/data/encryption/endToEnd"]
}

e2e_gap := "messages are not end-to-end encrypted (`endToEnd: false`)" if {
	input.spec.data.encryption.endToEnd == false
} else := "end-to-end encryption is not stated" if {
	lib.absent(["spec", "data", "encryption", "endToEnd"])
}
