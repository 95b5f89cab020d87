# METADATA
# title: Identity system's grievance route takes more than 30 days to answer people wrongly excluded
# description: >-
#   People depend on the identity system (they cannot opt out, or it decides
#   automatically whether they are who they say they are), and its
#   grievance mechanism takes more than a month to answer. People whose
#   fingerprints do not match, whose record was merged with someone else's
#   or who were flagged as duplicates go without benefits, health care or
#   services for as long as the answer takes. Operational grievance
#   mechanisms must be predictable and give a clear timeframe (UNGP 31), and
#   access to social security cannot wait for weeks.
# custom:
#   id: DRIA-ID-007
#   severity: medium
#   likelihood: likely
#   rights: [remedy, social-security]
#   category: digital-identity
#   references:
#     - {framework: UNGP, ref: "31"}
#     - {framework: OECD-DD, ref: Key area 3}
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: ICCPR, ref: Art 2(3)}
#   remediation: >-
#     Resolve failed authentication and wrongful exclusion within days, and
#     restore access to services while a complaint is open (provide first,
#     verify later); publish resolution times.
package dria.rules.identity.slow_exclusion_grievance

import data.dria.lib

applies if lib.id_system

findings contains {"msg": msg, "paths": paths} if {
	lib.id_system
	some dep in dependence
	days := input.spec.accountability.grievance.responseDays
	days > 30
	msg := sprintf(
		concat(" ", [
			"people depend on the identity system (%s), affecting %s, and its grievance mechanism",
			"takes up to %d days to answer while people may be without services",
		]),
		[dep.text, lib.people_text, days],
	)
	paths := sort({dep.path, "/spec/accountability/grievance/responseDays"})
}

dependence := {{"text": "`mandatory: true`", "path": "/spec/affected/mandatory"}} if {
	input.spec.affected.mandatory == true
} else := {{
	"text": sprintf("`automation: %s` decides authentication or eligibility", [input.spec.decisions.automation]),
	"path": "/spec/decisions/automation",
}} if {
	lib.automated_decisions
}
