# METADATA
# title: Interception or bulk access to data without judicial authorisation
# description: >-
#   The system can intercept communications or give authorities bulk access
#   to personal data, or gives an intelligence service bulk access to its
#   data, and no judge or independent body authorises each use in advance.
#   (Communications or location data shared with an intelligence service
#   otherwise have their own rule, DRIA-SURV-010.) Interception and bulk access without such safeguards
#   expose everyone's private life and correspondence, and endanger
#   journalists' sources. The European Court of Human Rights found bulk
#   interception regimes lacking end-to-end safeguards, including independent
#   authorisation, in breach of Art 8, and of Art 10 for journalistic material
#   (Big Brother Watch and Others v UK, Grand Chamber 2021; Centrum for
#   rättvisa v Sweden, 2021).
# custom:
#   id: DRIA-SURV-005
#   severity: high
#   likelihood: likely
#   rights: [privacy, expression]
#   category: surveillance
#   references:
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ECHR, ref: Art 10}
#     - {framework: UDHR, ref: Art 12}
#     - {framework: EU-CFR, ref: Art 7}
#   remediation: >-
#     Make every interception warrant and every bulk-access request subject to
#     prior authorisation by a judge or independent body that checks necessity
#     and proportionality against the specific selectors used; set limits on
#     duration, retention and onward sharing in law; protect journalistic and
#     privileged material; and give an independent body power to audit the
#     logs and to order deletion and redress.
package dria.rules.surveillance.interception_unauthorised

import data.dria.lib

applies if lib.stated(["spec", "surveillance"])

applies if {
	some s in input.spec.data.sharing
	s.type == "intelligence"
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.surveillance.lawfulInterception == true
	not authorised
	msg := sprintf(
		concat(" ", [
			"the system can intercept communications or give bulk access",
			"to data (`lawfulInterception: true`) affecting %s, and %s",
		]),
		[lib.people_text, authorisation_text],
	)
	paths := ["/spec/surveillance/lawfulInterception", "/spec/surveillance/judicialAuthorisation"]
}

# Bulk access given to an intelligence service, by the disclosure's stated
# purpose. Communications and location data shared otherwise are
# DRIA-SURV-010.
findings contains {"msg": msg, "paths": paths} if {
	object.get(input, ["spec", "surveillance", "lawfulInterception"], false) != true
	not authorised
	some i, s in input.spec.data.sharing
	s.type == "intelligence"
	regex.match(`(?i)\bbulk\b`, object.get(s, "purpose", ""))
	msg := sprintf(
		"the system gives bulk access to its data to the intelligence service %s (%s), affecting %s, and %s",
		[lib.quote(s.recipient), purpose_text(s), lib.people_text, authorisation_text],
	)
	paths := [
		sprintf("/spec/data/sharing/%d", [i]),
		sprintf("/spec/data/sharing/%d/purpose", [i]),
		"/spec/surveillance/judicialAuthorisation",
	]
}

purpose_text(s) := sprintf("purpose: %s", [lib.quote(s.purpose)]) if is_string(s.purpose)

else := "purpose not stated"

authorised if input.spec.surveillance.judicialAuthorisation == true

default authorisation_text := "prior authorisation of each use by a judge or independent body is not stated"

authorisation_text := concat(" ", [
	"no judge or independent body authorises each use in advance",
	"(`judicialAuthorisation: false`)",
]) if {
	input.spec.surveillance.judicialAuthorisation == false
}
