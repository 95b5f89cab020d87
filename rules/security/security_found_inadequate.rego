# METADATA
# title: Security found inadequate by an authority, audit or court
# description: >-
#   An authority, an audit or a court found the system's security
#   inadequate, for example a data protection authority after a breach. The
#   measures the description states (access control, logging, breach
#   notification) then cannot be counted on: a finding of inadequate
#   security weighs at least as heavily as having none, because it shows
#   the risk has already materialised or been proven. Until the findings are
#   remedied and the remedy verified, people's data stay exposed.
# custom:
#   id: DRIA-SEC-006
#   severity: medium
#   likelihood: almost-certain
#   rights: [privacy]
#   category: security
#   references:
#     - {framework: GDPR, ref: Art 32}
#     - {framework: GDPR, ref: Art 5(1)(f)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Remedy every point of the finding, have an independent party verify
#     the remedy, tell the people affected what happened and what changed,
#     and record the evidence (statusSource) once the security is shown to
#     work; until then, limit the data held to what is essential.
package dria.rules.security.security_found_inadequate

import data.dria.lib

applies if lib.stated(["spec", "security"])

measures := {
	"accessControl": "access control",
	"accessLogging": "access logging",
	"breachNotification": "breach notification",
	"vulnerabilityDisclosure": "a vulnerability disclosure route",
}

claimed := sort([what | some field, what in measures; input.spec.security[field] == true])

findings contains {"msg": msg, "paths": paths} if {
	lib.security_found_inadequate
	msg := sprintf("the system's security was found inadequate%s, affecting %s%s", [
		lib.source_text(input.spec.security),
		holdings_text,
		claimed_text,
	])
	paths := ["/spec/security/status"]
}

default holdings_text := "the data of an unstated number of people"

holdings_text := sprintf("%s data of %s", [lib.quote_all(lib.processed_sensitive), lib.people_text]) if {
	count(lib.processed_sensitive) > 0
} else := sprintf("the data of %s", [lib.people_text]) if {
	is_number(lib.people)
}

default claimed_text := ""

claimed_text := sprintf("; the measures it states (%s) therefore count as not stated", [lib.join_and(claimed)]) if {
	count(claimed) > 0
}
