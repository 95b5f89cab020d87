# METADATA
# title: No process to notify data breaches to the authority and the people affected
# description: >-
#   The system processes personal data but has no process to report a
#   personal data breach to the supervisory authority and to tell the people
#   affected, or, where it holds sensitive data on 100,000 people or more,
#   no such process is stated. When a breach goes unreported, people cannot
#   protect themselves against fraud, stalking, extortion or exposure (by
#   changing credentials, blocking cards or warning contacts), and the
#   authority cannot check that the cause is fixed. Notification within 72
#   hours to the authority, and without undue delay to people at high risk,
#   is a legal duty.
# custom:
#   id: DRIA-SEC-003
#   severity: medium
#   likelihood: possible
#   rights: [privacy, remedy]
#   category: security
#   references:
#     - {framework: GDPR, ref: Art 33}
#     - {framework: GDPR, ref: Art 34}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: ECHR, ref: Art 8}
#   remediation: >-
#     Adopt a written breach-response procedure: detect and record every
#     breach, assess the risk to people, notify the supervisory authority
#     within 72 hours and the people at high risk without undue delay in
#     plain language with advice on what to do, and rehearse it at least
#     yearly.
package dria.rules.security.breach_notification

import data.dria.lib

applies if count(lib.categories) > 0

high_stakes if {
	count(lib.processed_sensitive) > 0
	lib.people >= 100000
}

data_text := sprintf("%s data of %s", [lib.quote_all(lib.processed_sensitive), lib.people_text]) if {
	count(lib.processed_sensitive) > 0
} else := sprintf("personal data of %s", [lib.people_text])

findings contains {"msg": msg, "paths": paths} if {
	count(lib.categories) > 0
	input.spec.security.breachNotification == false
	msg := sprintf(
		"the system processes %s and has no breach notification process (`breachNotification: false`)",
		[data_text],
	)
	paths := ["/spec/security/breachNotification", "/spec/data/categories"]
}

# Not stated, or stated where security as a whole was found inadequate.
findings contains {"msg": msg, "paths": paths} if {
	high_stakes
	lib.security_unstated("breachNotification")
	msg := sprintf("the system processes %s and %s", [
		data_text,
		lib.security_unstated_text("breachNotification", "a breach notification process"),
	])
	paths := sort({"/spec/security/breachNotification", "/spec/data/categories", "/spec/affected/people"} | status_paths)
}

default status_paths := set()

status_paths := {"/spec/security/status"} if lib.security_found_inadequate
