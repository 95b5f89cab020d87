# METADATA
# title: No access control on sensitive or large-scale data
# description: >-
#   Access to sensitive or large-scale personal data is not restricted to
#   those who need it, or (where the data are sensitive and large-scale) no
#   access control is stated or security was found inadequate. Without
#   access control, any employee or contractor can browse anyone's file,
#   snoop on neighbours, ex-partners, journalists or celebrities, and leak
#   records to third parties. Data protection law requires security
#   appropriate to the risk, and the European Court of Human Rights has
#   found a breach of the right to private life where a patient's record was
#   open to staff who had no need to see it. Access logging has its own rule
#   (DRIA-SEC-007).
# custom:
#   id: DRIA-SEC-001
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
#     Restrict access by role and need to know, grant it per case where the
#     work allows, review the grants regularly, and remove them when people
#     change jobs.
package dria.rules.security.access_control_logging

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

gap := {"text": "access is not restricted (`accessControl: false`)", "path": "/spec/security/accessControl"} if {
	input.spec.security.accessControl == false
} else := {"text": text, "path": "/spec/security/accessControl"} if {
	high_stakes
	lib.security_unstated("accessControl")
	text := lib.security_unstated_text("accessControl", "access control")
}

findings contains {"msg": msg, "paths": paths} if {
	count(stakes) > 0
	msg := sprintf("the system holds %s, and %s", [holdings_text, gap.text])
	paths := array.concat(sort([s.path | some s in stakes]), security_paths)
}

default security_paths := ["/spec/security/accessControl"]

security_paths := ["/spec/security/accessControl", "/spec/security/status"] if {
	lib.security_found_inadequate
	input.spec.security.accessControl != false
}

holdings_text := sprintf("%s data of %s", [lib.quote_all(lib.processed_sensitive), lib.people_text]) if {
	high_stakes
} else := sprintf("%s data", [lib.quote_all(lib.processed_sensitive)]) if {
	count(lib.processed_sensitive) > 0
} else := sprintf("data of %s", [lib.people_text])
