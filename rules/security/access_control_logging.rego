# METADATA
# title: No access control or access logging on sensitive or large-scale data
# description: >-
#   Access to sensitive or large-scale personal data is not restricted to
#   those who need it, or nobody records who looked at whose record. Without
#   access control, any employee or contractor can browse anyone's file;
#   without access logs, snooping on neighbours, ex-partners, journalists or
#   celebrities, and leaks to third parties, cannot be detected, proven or
#   stopped. The European Court of Human Rights found a breach of the right
#   to private life where a hospital could not show who had read a patient's
#   record, and data protection law requires security appropriate to the
#   risk.
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
#     Restrict access by role and need to know, log every read and change of
#     a personal record with who, when and why, review the logs routinely and
#     on complaint, and let people find out who accessed their data.
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

# Absent answers count only where both sensitive data and scale are present.
high_stakes if {
	count(lib.processed_sensitive) > 0
	lib.people >= 100000
}

gaps contains {"text": "access is not restricted (`accessControl: false`)", "path": "/spec/security/accessControl"} if {
	input.spec.security.accessControl == false
}

gaps contains {"text": "access is not logged (`accessLogging: false`)", "path": "/spec/security/accessLogging"} if {
	input.spec.security.accessLogging == false
}

gaps contains {"text": "access control is not stated", "path": "/spec/security/accessControl"} if {
	high_stakes
	lib.absent(["spec", "security", "accessControl"])
}

gaps contains {"text": "access logging is not stated", "path": "/spec/security/accessLogging"} if {
	high_stakes
	lib.absent(["spec", "security", "accessLogging"])
}

findings contains {"msg": msg, "paths": paths} if {
	count(stakes) > 0
	count(gaps) > 0
	msg := sprintf("the system holds %s, and %s", [holdings_text, concat(" and ", sort([g.text | some g in gaps]))])
	paths := array.concat(sort([s.path | some s in stakes]), sort([g.path | some g in gaps]))
}

holdings_text := sprintf("%s data of %s", [lib.quote_all(lib.processed_sensitive), lib.people_text]) if {
	high_stakes
} else := sprintf("%s data", [lib.quote_all(lib.processed_sensitive)]) if {
	count(lib.processed_sensitive) > 0
} else := sprintf("data of %s", [lib.people_text])
