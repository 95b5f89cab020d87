# METADATA
# title: Surveillance that may target journalists, activists or human rights defenders
# description: >-
#   The description states that journalists, activists or human rights
#   defenders may be targeted by the system. Covert surveillance of civil
#   society exposes confidential sources, contacts and plans, endangers the
#   people targeted and those around them, and deters others from reporting,
#   organising and defending rights. Spyware such as Pegasus, found on the
#   phones of journalists, lawyers and activists in many countries, shows the
#   pattern; UN experts have called for a moratorium on its sale and use, and
#   the European Court of Human Rights requires special safeguards for
#   journalistic material and sources (Big Brother Watch v UK, 2021).
# custom:
#   id: DRIA-SURV-004
#   severity: high
#   likelihood: likely
#   rights: [privacy, expression, assembly-association, liberty-security]
#   category: surveillance
#   references:
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ICCPR, ref: Art 22}
#     - {framework: ICCPR, ref: Art 9}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ECHR, ref: Art 10}
#     - {framework: ECHR, ref: Art 11}
#     - {framework: UDHR, ref: Art 3}
#   remediation: >-
#     Exclude journalists, lawyers, activists and human rights defenders from
#     targeting unless a judge authorises a specific measure against a named
#     person for a serious crime, with special protection for journalistic
#     sources and privileged communications. Log every targeting decision for
#     an independent oversight body, notify targets after the fact, and give
#     them a route to an effective remedy. Providers should refuse customers
#     who cannot show such safeguards.
package dria.rules.surveillance.civil_society_targets

import data.dria.lib

civil_society := {"activists", "journalists", "human-rights-defenders"}

applies if lib.stated(["spec", "surveillance"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.surveillance.targetsIncludeCivilSociety == true
	msg := sprintf(
		"journalists, activists or human rights defenders may be targeted (`targetsIncludeCivilSociety: true`)%s%s, and %s",
		[groups_text, capabilities_text(capabilities), authorisation_text],
	)
	paths := array.concat(
		["/spec/surveillance/targetsIncludeCivilSociety", "/spec/surveillance/judicialAuthorisation"],
		sort({c.path | some c in capabilities} | group_paths),
	)
}

default groups_text := ""

groups_text := sprintf(" (affected groups include %s)", [lib.quote_all(lib.groups & civil_society)]) if {
	count(lib.groups & civil_society) > 0
}

default group_paths := set()

group_paths := {"/spec/affected/groups"} if count(lib.groups & civil_society) > 0

capabilities contains {"text": "`lawfulInterception: true`", "path": "/spec/surveillance/lawfulInterception"} if {
	input.spec.surveillance.lawfulInterception == true
}

capabilities contains {"text": "`locationTracking: true`", "path": "/spec/surveillance/locationTracking"} if {
	input.spec.surveillance.locationTracking == true
}

capabilities contains {"text": lib.quote_all(ts), "path": "/spec/ai/techniques"} if {
	ts := lib.techniques & {"facial-recognition", "remote-biometric-identification", "profiling", "predictive-policing"}
	count(ts) > 0
}

capabilities_text(caps) := sprintf(" by a system with %s", [concat(", ", sort([c.text | some c in caps]))]) if {
	count(caps) > 0
}

else := ""

default authorisation_text := "prior authorisation of each use by a judge or independent authority is not stated"

authorisation_text := concat(" ", [
	"each use is not authorised in advance by a judge or independent authority",
	"(`judicialAuthorisation: false`)",
]) if {
	input.spec.surveillance.judicialAuthorisation == false
} else := concat(" ", [
	"a judge or independent authority authorises each use, which",
	"still needs specific protection for sources and civic activity",
]) if {
	input.spec.surveillance.judicialAuthorisation == true
}
