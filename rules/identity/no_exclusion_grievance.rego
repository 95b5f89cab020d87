# METADATA
# title: Identity system without an accessible grievance route for wrongful exclusion
# description: >-
#   People depend on the identity system (they cannot opt out, or it decides
#   automatically whether they are who they say they are), but there is no
#   grievance mechanism, or it is not accessible to the people who need it.
#   (A mechanism that answers too slowly has its own rule, DRIA-ID-007.)
#   Those wrongly rejected, whose
#   fingerprints do not match, whose record was merged with someone else's or
#   who were flagged as duplicates, have nowhere to turn while they go
#   without benefits or services. Operational grievance mechanisms must be
#   accessible, predictable and rights-compatible (UNGP 29, 31); Kenya's High
#   Court required safeguards against exclusion before Huduma Namba could
#   proceed.
# custom:
#   id: DRIA-ID-005
#   severity: medium
#   likelihood: likely
#   rights: [remedy, social-security, non-discrimination]
#   category: digital-identity
#   references:
#     - {framework: UNGP, ref: "29"}
#     - {framework: UNGP, ref: "31"}
#     - {framework: OECD-DD, ref: Key area 3}
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: ICCPR, ref: Art 2(3)}
#   remediation: >-
#     Set up a free grievance route reachable in person, by phone and online,
#     in local languages and with help for people with disabilities, that
#     resolves failed authentication and wrongful exclusion within days;
#     restore access to services while a complaint is open; and publish
#     complaint volumes, resolution times and outcomes.
package dria.rules.identity.no_exclusion_grievance

import data.dria.lib

applies if lib.id_system

findings contains {"msg": msg, "paths": paths} if {
	lib.id_system
	some dep in dependence
	some gap in grievance_gap
	msg := sprintf(
		"people depend on the identity system (%s), affecting %s, but %s",
		[dep.text, lib.people_text, gap.text],
	)
	paths := sort({dep.path, gap.path})
}

dependence := {{"text": "`mandatory: true`", "path": "/spec/affected/mandatory"}} if {
	input.spec.affected.mandatory == true
} else := {{
	"text": sprintf("`automation: %s` decides authentication or eligibility", [input.spec.decisions.automation]),
	"path": "/spec/decisions/automation",
}} if {
	lib.automated_decisions
}

grievance_gap := {{
	"text": "no grievance mechanism exists for failed authentication or wrongful exclusion (`grievance.available: false`)",
	"path": "/spec/accountability/grievance/available",
}} if {
	input.spec.accountability.grievance.available == false
} else := {{
	"text": "no grievance mechanism for failed authentication or wrongful exclusion is stated",
	"path": "/spec/accountability/grievance",
}} if {
	lib.absent(["spec", "accountability", "grievance", "available"])
} else := {{
	"text": "the grievance mechanism is not accessible to the people affected (`grievance.accessible: false`)",
	"path": "/spec/accountability/grievance/accessible",
}} if {
	input.spec.accountability.grievance.accessible == false
}
