# METADATA
# title: Central biometric database without encryption at rest or end-to-end protection
# description: >-
#   An identity system keeps biometric data (fingerprints, face images or
#   templates) in a central database, and neither encryption at rest nor
#   end-to-end protection is in place or stated. A breach or a seizure of the
#   database exposes identifiers that people can never change, enabling
#   identity fraud for life and letting whoever holds the data identify and
#   hunt people, as when biometric databases were left behind in Afghanistan
#   in 2021. Security of processing is a legal duty (GDPR Art 32), and the
#   OECD action plan calls for digital identity with privacy and security
#   safeguards.
# custom:
#   id: DRIA-ID-004
#   severity: medium
#   likelihood: possible
#   rights: [privacy, liberty-security]
#   category: digital-identity
#   references:
#     - {framework: GDPR, ref: Art 32}
#     - {framework: GDPR, ref: Art 25}
#     - {framework: OECD-DD, ref: Key area 3}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Encrypt biometric data at rest with keys held in hardware security
#     modules under separate control, store templates rather than images
#     where possible, prefer on-card or on-device matching to a central
#     store, log and alert on bulk reads, and plan how to destroy the data if
#     control of the system could be lost.
package dria.rules.identity.biometric_store_unprotected

import data.dria.lib

applies if {
	lib.id_system
	"biometric" in lib.categories
}

findings contains {"msg": msg, "paths": paths} if {
	lib.id_system
	"biometric" in lib.categories
	object.get(input, ["spec", "data", "encryption", "atRest"], false) != true
	object.get(input, ["spec", "data", "encryption", "endToEnd"], false) != true
	some store in central_stores
	msg := sprintf(
		"biometric data of %s are kept in %s, and %s",
		[lib.people_text, store.text, encryption_text],
	)
	paths := sort({"/spec/data/categories", "/spec/data/encryption", store.path})
}

# central_stores lists the databases that hold biometric data; with no
# components described, the identity register itself is taken as one.
central_stores := {{
	"text": sprintf("the database %s", [lib.quote(c.name)]),
	"path": sprintf("/spec/components/%d", [i]),
} |
	some i, c in input.spec.components
	c.kind == "database"
	"biometric" in c.dataCategories
} if {
	some c in input.spec.components
	c.kind == "database"
	"biometric" in c.dataCategories
} else := {{"text": "the identity register (no components are described)", "path": "/spec/components"}} if {
	count(object.get(input, ["spec", "components"], [])) == 0
}

default encryption_text := "encryption at rest or end-to-end protection is not stated"

encryption_text := "they are not encrypted at rest (`atRest: false`) and have no end-to-end protection" if {
	input.spec.data.encryption.atRest == false
}
