# METADATA
# title: Real-time remote biometric identification in public spaces for law enforcement
# description: >-
#   The system identifies people at a distance by their face or other
#   biometric features, in real time, in streets, stations, stadiums or other
#   publicly accessible spaces, for the police or on their behalf, and no judge
#   or independent authority authorises each use in advance. Everyone who
#   passes the camera is scanned and compared with a watchlist; a false match
#   leads to a stop or an arrest, and the knowledge of being identified deters
#   people from demonstrating or meeting in public. The EU AI Act prohibits
#   this practice (Art 5(1)(h)) save for narrow, individually authorised
#   searches; the UK Court of Appeal (Bridges v South Wales Police, 2020) found
#   a live facial recognition deployment unlawful under ECHR Art 8, and the
#   European Court of Human Rights (Glukhin v Russia, 2023) found that using
#   facial recognition in the Moscow metro to find a protester violated
#   Art 8 and Art 10.
# custom:
#   id: DRIA-SURV-001
#   severity: critical
#   likelihood: likely
#   rights: [privacy, liberty-security, assembly-association, expression, non-discrimination]
#   category: surveillance
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(h)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ECHR, ref: Art 5}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ICCPR, ref: Art 9}
#     - {framework: ICCPR, ref: Art 21}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Stop real-time remote biometric identification in publicly accessible
#     spaces. Where the law allows a narrow exception (targeted search for a
#     specific victim or missing person, an imminent threat to life, or a
#     suspect of a listed serious crime), require prior authorisation by a
#     judge or independent authority for each deployment, limit it in time,
#     place and watchlist, complete and register a fundamental rights impact
#     assessment, never use it to identify participants in assemblies, and
#     publish every deployment with its watchlist size and match outcomes.
package dria.rules.surveillance.realtime_rbi_public

import data.dria.lib

# Facial recognition stated to serve only one-to-one verification (a
# border gate comparing a face with the passport it belongs to) does not
# identify people and is not covered.
applies if lib.biometric_identifies

applies if input.spec.ai.biometricMode == "real-time"

findings contains {"msg": msg, "paths": paths} if {
	lib.biometric_identifies
	input.spec.ai.biometricMode == "real-time"
	input.spec.surveillance.publicSpaces == true
	not authorised
	some le in law_enforcement
	msg := sprintf(
		concat(" ", [
			"real-time remote biometric identification (%s, `biometricMode: real-time`) scans %s",
			"in publicly accessible spaces (`publicSpaces: true`) for law enforcement (%s), and %s",
		]),
		[lib.biometric_id_text, lib.people_text, le.text, authorisation_text],
	)
	paths := array.concat(lib.biometric_id_paths, [
		"/spec/ai/biometricMode",
		"/spec/surveillance/publicSpaces",
		le.path,
		"/spec/surveillance/judicialAuthorisation",
	])
}

# law_enforcement gives the fact that makes the use one for law enforcement:
# the domain, or else matches handed to the police or intelligence services.
law_enforcement := {{"text": "`law-enforcement` domain", "path": "/spec/context/domains"}} if {
	"law-enforcement" in lib.domains
} else := {{"text": sprintf("matches shared with %s", [lib.quote_all(recipients)]), "path": "/spec/data/sharing"}} if {
	recipients := {s.recipient | some s in input.spec.data.sharing; s.type in {"law-enforcement", "intelligence"}}
	count(recipients) > 0
}

authorised if input.spec.surveillance.judicialAuthorisation == true

default authorisation_text := "prior authorisation of each use by a judge or independent authority is not stated"

authorisation_text := concat(" ", [
	"uses are not authorised in advance by a judge or independent authority",
	"(`judicialAuthorisation: false`)",
]) if {
	input.spec.surveillance.judicialAuthorisation == false
}
