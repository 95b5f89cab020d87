# METADATA
# title: Identity or biometric data shared with police or intelligence services
# description: >-
#   Data from the identity scheme (biometrics, identity numbers, the register
#   or the log of where a person authenticated) are disclosed to the police
#   or an intelligence service (judged on the categories the recipient gets,
#   when the description says so), and the disclosure does not need prior
#   authorisation by a judge. A register built so that people can get
#   services becomes a population-wide tool to identify, locate and track
#   them, including protesters and minorities, and people stop using the
#   services for fear of being found. The European Court of Human Rights
#   held that indiscriminate retention of biometric data by the police
#   violates Art 8 (S and Marper v UK, 2008), and India's Supreme Court
#   struck down disclosure of Aadhaar data on national security grounds
#   without adequate safeguards (Puttaswamy, 2018).
# custom:
#   id: DRIA-ID-003
#   severity: high
#   likelihood: likely
#   rights: [privacy, liberty-security]
#   category: digital-identity
#   references:
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: OECD-DD, ref: Key area 3}
#     - {framework: ICCPR, ref: Art 9}
#     - {framework: UDHR, ref: Art 12}
#   remediation: >-
#     Keep the identity register out of reach of police and intelligence
#     services except on a judge's order in a specific case of serious crime;
#     never give bulk or direct access; log every disclosure, tell the person
#     once it no longer endangers an investigation, publish yearly statistics
#     and let an independent body audit the logs.
package dria.rules.identity.id_data_to_security_services

import data.dria.lib

identity_categories := {"biometric", "government-id", "identity", "location"}

# Stated legal bases that call for a court order or warrant, without saying
# none is needed.
warrant_pattern := `(?i)\b(court order|judicial (order|warrant|authori[sz]ation)|warrant)\b`

no_warrant_pattern := `(?i)\b(no|without|not)\b[^.;]*\b(warrant|court|judicial)`

applies if lib.id_system

findings contains {"msg": msg, "paths": paths} if {
	lib.id_system
	some i, s in input.spec.data.sharing
	s.type in {"law-enforcement", "intelligence"}
	cats := lib.recipient_categories(s) & identity_categories
	count(cats) > 0
	not authorised(s)
	msg := sprintf(
		"the identity system, holding %s data on %s, discloses data to %s (`%s`, purpose: %s), and %s",
		[lib.quote_all(cats), lib.people_text, lib.quote(s.recipient), s.type, purpose_text(s), basis_text(s)],
	)
	paths := [
		sprintf("/spec/data/sharing/%d", [i]),
		lib.recipient_categories_path(i, s),
		"/spec/surveillance/judicialAuthorisation",
	]
}

authorised(_) if input.spec.surveillance.judicialAuthorisation == true

authorised(s) if {
	regex.match(warrant_pattern, s.legalBasis)
	not regex.match(no_warrant_pattern, s.legalBasis)
}

purpose_text(s) := lib.quote(s.purpose) if is_string(s.purpose)

else := "not stated"

basis_text(s) := sprintf(
	"the stated legal basis (%s) requires no prior judicial authorisation",
	[lib.quote(s.legalBasis)],
) if {
	is_string(s.legalBasis)
} else := "no legal basis or prior judicial authorisation is stated"
