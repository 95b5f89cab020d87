# METADATA
# title: Real-time biometric identification in publicly accessible spaces outside law enforcement
# description: >-
#   A shop, stadium, transport operator, landlord or other body scans the
#   faces of everyone entering a publicly accessible space in real time and
#   compares them with its own watchlist, for purposes other than law
#   enforcement. Every visitor's biometric data is processed to find a few
#   people, people are refused entry or followed on the strength of a match,
#   and error rates differ by sex, age and skin colour. Biometric data are a
#   special category under GDPR Art 9, remote biometric identification is a
#   high-risk use under AI Act Annex III, and data protection authorities have
#   sanctioned supermarkets and other operators for such systems.
# custom:
#   id: DRIA-SURV-009
#   severity: high
#   likelihood: likely
#   rights: [privacy, non-discrimination]
#   category: surveillance
#   references:
#     - {framework: GDPR, ref: Art 9}
#     - {framework: GDPR, ref: Art 35}
#     - {framework: EU-AIA, ref: Annex III 1(a)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Do not identify people by their faces in publicly accessible spaces
#     unless a specific law authorises it for a substantial public interest.
#     Use less intrusive means (staff, tickets, access cards); if a legal
#     basis exists, complete a DPIA that the supervisory authority reviews,
#     keep watchlists small and reviewed, measure error rates by group in
#     field conditions and never share matches with the police without a
#     court order.
package dria.rules.surveillance.private_realtime_biometrics

import data.dria.lib

# Facial recognition stated to serve only one-to-one verification (an
# entry gate comparing a face with the ticket holder's own photo) does not
# identify people and is not covered.
applies if {
	lib.biometric_identifies
	input.spec.ai.biometricMode == "real-time"
}

findings contains {"msg": msg, "paths": paths} if {
	lib.biometric_identifies
	input.spec.ai.biometricMode == "real-time"
	input.spec.surveillance.publicSpaces == true
	not law_enforcement
	msg := sprintf(
		concat(" ", [
			"real-time biometric identification (%s, `biometricMode: real-time`) scans %s in publicly",
			"accessible spaces (`publicSpaces: true`) for a purpose other than law enforcement%s",
		]),
		[lib.biometric_id_text, lib.people_text, sector_text],
	)
	paths := array.concat(
		lib.biometric_id_paths,
		["/spec/ai/biometricMode", "/spec/surveillance/publicSpaces", "/spec/context/domains"],
	)
}

# Law-enforcement use, or matches sent to the police, is covered by
# DRIA-SURV-001.
law_enforcement if "law-enforcement" in lib.domains

law_enforcement if {
	some s in input.spec.data.sharing
	s.type in {"law-enforcement", "intelligence"}
}

default sector_text := ""

sector_text := sprintf(" (`sector: %s`)", [input.spec.context.sector]) if input.spec.context.sector
