# METADATA
# title: Communications or location data shared with an intelligence service without judicial authorisation
# description: >-
#   The system shares communications content, communications metadata or
#   location data with an intelligence service (judged on what the recipient
#   is stated to get, when the description says so), and no judge or
#   independent body authorises each use in advance. Such data show what
#   people say, whom they talk to and where they go; handed over without
#   independent authorisation they expose private life and correspondence
#   and endanger journalists' sources. The Court of Justice of the EU has
#   required prior review by a court or independent body for access to
#   traffic and location data, and the European Court of Human Rights found
#   regimes lacking independent authorisation in breach of Art 8 and, for
#   journalistic material, Art 10 (Big Brother Watch and Others v UK, Grand
#   Chamber 2021). (Interception and bulk access are DRIA-SURV-005.)
# custom:
#   id: DRIA-SURV-010
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
#     Require prior authorisation by a judge or independent body for each
#     disclosure of communications or location data to an intelligence
#     service, for a named person and a specific threat; log every
#     disclosure for an independent oversight body, protect journalistic and
#     privileged material, and notify people once it no longer endangers the
#     purpose.
package dria.rules.surveillance.intelligence_communications

import data.dria.lib

intercept_categories := {"communications-content", "communications-metadata", "location"}

applies if {
	some s in input.spec.data.sharing
	s.type == "intelligence"
}

# Bulk access given to an intelligence service is DRIA-SURV-005.
findings contains {"msg": msg, "paths": paths} if {
	not authorised
	some i, s in input.spec.data.sharing
	s.type == "intelligence"
	not regex.match(`(?i)\bbulk\b`, object.get(s, "purpose", ""))
	cats := lib.recipient_categories(s) & intercept_categories
	count(cats) > 0
	msg := sprintf(
		"the system holds %s data and shares it with the intelligence service %s (%s), affecting %s, and %s",
		[lib.quote_all(cats), lib.quote(s.recipient), purpose_text(s), lib.people_text, authorisation_text],
	)
	paths := sort({
		sprintf("/spec/data/sharing/%d", [i]),
		lib.recipient_categories_path(i, s),
		"/spec/surveillance/judicialAuthorisation",
	})
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
