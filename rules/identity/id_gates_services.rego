# METADATA
# title: Digital ID required for benefits, health care or public services with no alternative channel
# description: >-
#   The digital identity scheme is a condition for receiving social benefits,
#   health care or other public services, people cannot opt out, and no
#   offline or assisted channel remains for those who cannot enrol or whose
#   authentication fails. Every failed fingerprint scan, lost phone or
#   network outage then means going without food rations, pensions or
#   treatment; in India, people were denied rations after Aadhaar
#   authentication failed. Social security and health care must be
#   accessible to all (ICESCR Art 9 and 12), and the OECD action plan on
#   digital democracy asks for digital identity with safeguards and for human
#   support to remain available.
# custom:
#   id: DRIA-ID-002
#   severity: high
#   likelihood: likely
#   rights: [social-security, health, accessibility, non-discrimination]
#   category: digital-identity
#   references:
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: ICESCR, ref: Art 12}
#     - {framework: OECD-DD, ref: Key area 3}
#     - {framework: OECD-DD, ref: Key area 1}
#     - {framework: CRPD, ref: Art 9}
#     - {framework: UDHR, ref: Art 25}
#   remediation: >-
#     Never withhold a benefit, treatment or public service because a person
#     has no digital ID or fails to authenticate: keep alternative ways to
#     prove identity (documents, introducers, officer verification, one-time
#     codes), provide the service first and verify later in urgent cases,
#     monitor authentication failure rates by region and group, and publish
#     them.
package dria.rules.identity.id_gates_services

import data.dria.lib

gated_domains := {"social-benefits", "health", "public-services", "education"}

applies if lib.id_system

findings contains {"msg": msg, "paths": paths} if {
	lib.id_system
	services := lib.domains & gated_domains
	count(services) > 0
	no_alternative
	some req in required
	msg := sprintf(
		"the digital ID is required (%s) to reach %s for %s, and %s",
		[req.text, lib.quote_all(services), lib.people_text, alternative_text],
	)
	paths := sort({lib.id_path, "/spec/context/domains", req.path, "/spec/accessibility/nonDigitalAlternative"})
}

required := {{"text": "`mandatory: true`", "path": "/spec/affected/mandatory"}} if {
	input.spec.affected.mandatory == true
} else := {{"text": "whether use is optional is not stated", "path": "/spec/affected/mandatory"}} if {
	lib.absent(["spec", "affected", "mandatory"])
	input.spec.accessibility.nonDigitalAlternative == false
}

no_alternative if input.spec.accessibility.nonDigitalAlternative == false

# With use mandatory, an unstated alternative is not assumed to exist.
no_alternative if {
	input.spec.affected.mandatory == true
	lib.absent(["spec", "accessibility", "nonDigitalAlternative"])
}

default alternative_text := "no offline or assisted channel for people who cannot enrol or authenticate is stated"

alternative_text := concat(" ", [
	"no offline or assisted channel remains for people who cannot enrol or authenticate",
	"(`nonDigitalAlternative: false`)",
]) if {
	input.spec.accessibility.nonDigitalAlternative == false
}
