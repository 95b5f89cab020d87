# METADATA
# title: Biometric identification for the state without prior independent authorisation
# description: >-
#   The system identifies people by comparing faces or other biometric
#   features against a database, after the fact in photos and recorded
#   footage or live, for the police, intelligence or border authorities or
#   in a surveillance setting, and no judge or independent authority has to
#   authorise each search. Such searches can put a name to anyone who was
#   ever filmed, at a demonstration, a clinic or a place of worship, and a
#   false match can lead to a wrongful arrest. The EU AI Act requires a
#   deployer of post-remote biometric identification in an investigation to
#   obtain authorisation from a judicial or administrative authority
#   (Art 26(10)), and prohibits real-time remote identification in publicly
#   accessible spaces for law enforcement save narrow, authorised exceptions
#   (DRIA-SURV-001); the European Court of Human Rights found the
#   identification of a protester by facial recognition to violate Art 8
#   (Glukhin v Russia, 2023).
# custom:
#   id: DRIA-SURV-002
#   severity: high
#   likelihood: likely
#   rights: [privacy, liberty-security, non-discrimination]
#   category: surveillance
#   references:
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: EU-AIA, ref: Annex III 1(a)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ICCPR, ref: Art 9}
#   remediation: >-
#     Require prior authorisation by a judge or independent authority for each
#     biometric search or deployment, tied to a specific criminal investigation
#     and a named person, with a log of every search that the oversight body
#     reviews. Never use it to identify people for taking part in lawful
#     assemblies, measure false-match rates by sex, age and skin tone in field
#     conditions, and treat a match as a lead that needs independent
#     corroboration, never as grounds for arrest on its own.
package dria.rules.surveillance.retrospective_rbi

import data.dria.lib

state_domains := {"law-enforcement", "surveillance", "migration-border"}

# Facial recognition stated to serve only one-to-one verification does not
# identify people and is not covered.
applies if lib.biometric_identifies

findings contains {"msg": msg, "paths": paths} if {
	lib.biometric_identifies
	retrospective
	not authorised
	some ctx in state_context
	msg := sprintf(
		"biometric identification (%s, %s) searches faces of %s for %s, and %s",
		[lib.biometric_id_text, mode_text, lib.people_text, ctx.text, authorisation_text],
	)
	paths := array.concat(
		lib.biometric_id_paths,
		["/spec/ai/biometricMode", ctx.path, "/spec/surveillance/judicialAuthorisation"],
	)
}

# Searches of recorded images, and live identification (which identifies
# at least as intrusively, wherever it is done).
retrospective if input.spec.ai.biometricMode in {"retrospective", "real-time"}

# A one-to-many identification technique with no mode stated is treated as
# able to search recorded images.
retrospective if {
	"remote-biometric-identification" in lib.techniques
	lib.absent(["spec", "ai", "biometricMode"])
}

retrospective if {
	"identification" in lib.biometric_functions
	lib.absent(["spec", "ai", "biometricMode"])
}

default mode_text := "mode not stated"

mode_text := sprintf("`biometricMode: %s`", [input.spec.ai.biometricMode]) if {
	input.spec.ai.biometricMode in {"retrospective", "real-time"}
}

# state_context gives why the search serves the state: the domain, or else
# the police and intelligence recipients of the results, listed together.
state_context := {{
	"text": sprintf("use in the %s domain", [lib.quote_all(lib.domains & state_domains)]),
	"path": "/spec/context/domains",
}} if {
	count(lib.domains & state_domains) > 0
} else := {{"text": sprintf("results shared with %s", [lib.quote_all(recipients)]), "path": "/spec/data/sharing"}} if {
	recipients := {s.recipient | some s in input.spec.data.sharing; s.type in {"law-enforcement", "intelligence"}}
	count(recipients) > 0
}

authorised if input.spec.surveillance.judicialAuthorisation == true

default authorisation_text := "prior authorisation of each search by a judge or independent authority is not stated"

authorisation_text := concat(" ", [
	"searches need no prior authorisation by a judge or independent authority",
	"(`judicialAuthorisation: false`)",
]) if {
	input.spec.surveillance.judicialAuthorisation == false
}
