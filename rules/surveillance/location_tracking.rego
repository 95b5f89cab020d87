# METADATA
# title: Large-scale location tracking by or for the state without judicial authorisation
# description: >-
#   The system tracks where people are and go, at a scale of tens of
#   thousands of people or more (or an unstated scale), for a public body, the
#   police, border or intelligence services or with results shared with them,
#   and no judge or independent authority authorises the tracking. Location
#   histories reveal home, work, worship, health visits, political meetings
#   and relationships; tracking of whole populations deters people from moving
#   freely and meeting others, and feeds stops, detention and removals. The
#   European Court of Human Rights found geolocation tracking without
#   adequate legal safeguards in breach of Art 8 (Ben Faiza v France, 2018),
#   and the Court of Justice of the EU has held that general and
#   indiscriminate retention of location data is not allowed.
# custom:
#   id: DRIA-SURV-007
#   severity: medium
#   likelihood: likely
#   rights: [privacy, liberty-security, movement-asylum]
#   category: surveillance
#   references:
#     - {framework: ICCPR, ref: Art 12}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ICCPR, ref: Art 9}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: UDHR, ref: Art 13}
#     - {framework: EU-CFR, ref: Art 7}
#   remediation: >-
#     Track location only for named people under a court-authorised measure
#     tied to a serious crime or a specific legal duty, for a fixed period;
#     otherwise collect no location or only coarse, aggregated location.
#     Delete tracking data when the measure ends, log every query for an
#     independent oversight body, and notify people once it no longer
#     endangers the investigation.
package dria.rules.surveillance.location_tracking

import data.dria.lib

state_domains := {"law-enforcement", "surveillance", "migration-border"}

applies if input.spec.surveillance.locationTracking == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.surveillance.locationTracking == true
	large_scale
	not authorised
	some ctx in state_context
	msg := sprintf(
		"the system tracks the location of %s (`locationTracking: true`) for %s, and %s",
		[lib.people_text, ctx.text, authorisation_text],
	)
	paths := [
		"/spec/surveillance/locationTracking",
		"/spec/affected/people",
		ctx.path,
		"/spec/surveillance/judicialAuthorisation",
	]
}

large_scale if lib.people >= 10000

large_scale if lib.absent(["spec", "affected", "people"])

# state_context gives one reason (the strongest) why the tracking is done by
# or for the state.
state_context := {{
	"text": sprintf("%s purposes", [lib.quote_all(lib.domains & state_domains)]),
	"path": "/spec/context/domains",
}} if {
	count(lib.domains & state_domains) > 0
} else := {{
	"text": sprintf("a system whose data go to %s", [lib.quote_all(recipients)]),
	"path": "/spec/data/sharing",
}} if {
	recipients := {s.recipient | some s in input.spec.data.sharing; s.type in {"law-enforcement", "intelligence"}}
	count(recipients) > 0
} else := {{
	"text": sprintf("a public body (`sector: %s`)", [input.spec.context.sector]),
	"path": "/spec/context/sector",
}} if {
	lib.is_public_sector
}

authorised if input.spec.surveillance.judicialAuthorisation == true

default authorisation_text := "authorisation of the tracking by a judge or independent authority is not stated"

authorisation_text := concat(" ", [
	"tracking is not authorised by a judge or independent authority",
	"(`judicialAuthorisation: false`)",
]) if {
	input.spec.surveillance.judicialAuthorisation == false
}
