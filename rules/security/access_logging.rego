# METADATA
# title: No access logging on sensitive or large-scale data
# description: >-
#   Nobody records who looked at whose record in a system holding sensitive
#   or large-scale personal data, or (where the data are sensitive and
#   large-scale) access logging is not stated or security was found
#   inadequate. Without access logs, snooping on neighbours, ex-partners,
#   journalists or celebrities, and leaks to third parties, cannot be
#   detected, proven or stopped. The European Court of Human Rights found a
#   breach of the right to private life where a hospital could not show who
#   had read a patient's record (I v Finland, 2008), and data protection law
#   requires security appropriate to the risk.
# custom:
#   id: DRIA-SEC-007
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: security
#   references:
#     - {framework: GDPR, ref: Art 32}
#     - {framework: GDPR, ref: Art 5(1)(f)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Log every read and change of a personal record with who, when and why,
#     protect the logs from tampering, review them routinely and on
#     complaint, and let people find out who accessed their data.
package dria.rules.security.access_logging

import data.dria.lib

stakes contains {
	"text": sprintf("%s data", [lib.quote_all(lib.processed_sensitive)]),
	"path": "/spec/data/categories",
} if {
	count(lib.processed_sensitive) > 0
}

stakes contains {"text": sprintf("data of %s", [lib.people_text]), "path": "/spec/affected/people"} if {
	lib.people >= 100000
}

applies if count(stakes) > 0

# Unstated answers, and answers given where security as a whole was found
# inadequate, count only where both sensitive data and scale are present.
high_stakes if {
	count(lib.processed_sensitive) > 0
	lib.people >= 100000
}

gap := {"text": "access is not logged (`accessLogging: false`)", "path": "/spec/security/accessLogging"} if {
	input.spec.security.accessLogging == false
} else := {"text": text, "path": "/spec/security/accessLogging"} if {
	high_stakes
	lib.security_unstated("accessLogging")
	text := lib.security_unstated_text("accessLogging", "access logging")
}

findings contains {"msg": msg, "paths": paths} if {
	count(stakes) > 0
	msg := sprintf("the system holds %s, and %s", [holdings_text, gap.text])
	paths := array.concat(sort([s.path | some s in stakes]), security_paths)
}

default security_paths := ["/spec/security/accessLogging"]

security_paths := ["/spec/security/accessLogging", "/spec/security/status"] if {
	lib.security_found_inadequate
	input.spec.security.accessLogging != false
}

holdings_text := sprintf("%s data of %s", [lib.quote_all(lib.processed_sensitive), lib.people_text]) if {
	high_stakes
} else := sprintf("%s data", [lib.quote_all(lib.processed_sensitive)]) if {
	count(lib.processed_sensitive) > 0
} else := sprintf("data of %s", [lib.people_text])
