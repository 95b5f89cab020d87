# METADATA
# title: Data from brokers, scraping or the public web used to profile or decide about people
# description: >-
#   Data bought from brokers, scraped from the web or social media, or
#   gathered from public websites feed decisions about people or profiles of
#   them (risk scores, targeting,
#   identification). People never gave these data, are rarely told they are
#   used, cannot check or correct them, and the data are often wrong, stale
#   or about someone else. Regulators have found mass scraping of facial
#   images unlawful, and decisions built on such data put the burden of
#   their errors on the people they wrong.
# custom:
#   id: DRIA-PRIV-008
#   severity: medium
#   likelihood: likely
#   rights: [privacy, fair-trial]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 14}
#     - {framework: GDPR, ref: Art 5(1)(a)}
#     - {framework: GDPR, ref: Art 5(1)(d)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Stop using scraped or brokered data for decisions and profiles unless a
#     specific lawful basis covers their collection and this reuse; verify
#     their origin, accuracy and lawfulness, tell the people concerned where
#     data about them came from (GDPR Art 14), and let them see and correct
#     it before it counts against them.
package dria.rules.privacy.brokered_scraped_profiling

import data.dria.lib

external_sources := {"third-party-broker", "scraped", "public-web"}

profiling_techniques := {
	"profiling", "risk-scoring", "targeting", "predictive-policing", "social-scoring",
	"facial-recognition", "remote-biometric-identification", "biometric-categorisation",
	"emotion-recognition",
}

sources := {s | some s in input.spec.data.sources} & external_sources

applies if count(sources) > 0

uses contains {
	"text": sprintf("decisions about people (`automation: %s`)", [lib.automation]),
	"path": "/spec/decisions/automation",
} if {
	lib.decides_about_people
}

uses contains {
	"text": sprintf("%s", [lib.quote_all(lib.techniques & profiling_techniques)]),
	"path": "/spec/ai/techniques",
} if {
	count(lib.techniques & profiling_techniques) > 0
}

uses contains {
	"text": sprintf("measures against people (%s)", [lib.quote_all(lib.significant_effects)]),
	"path": "/spec/decisions/effects",
} if {
	count(lib.significant_effects) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	count(sources) > 0
	count(uses) > 0
	texts := sort([u.text | some u in uses])
	msg := sprintf("data from %s sources feed %s about %s", [
		lib.quote_all(sources),
		concat(" and ", texts),
		lib.people_text,
	])
	paths := array.concat(["/spec/data/sources"], sort([u.path | some u in uses]))
}
