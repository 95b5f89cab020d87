# METADATA
# title: No process for responding to rights incidents and data breaches
# description: >-
#   The system handles personal data or takes part in decisions about
#   people, but there is no process to detect, escalate, contain and report
#   human-rights incidents and data breaches (a leaked database, a model
#   wrongly flagging a whole group, a misuse of access). Without one, harm
#   spreads while nobody is responsible for stopping it, and people and
#   regulators are not told in time to protect themselves. GDPR Art 33 and
#   34 require breaches to be notified to the authority and to the people
#   at risk; the AI Act requires deployers of high-risk AI to report serious
#   incidents; UNGP 19 requires acting on impacts once they are found.
# custom:
#   id: DRIA-ACC-009
#   severity: low
#   likelihood: likely
#   rights: [privacy, remedy]
#   category: accountability
#   references:
#     - {framework: GDPR, ref: Art 33}
#     - {framework: GDPR, ref: Art 34}
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: EU-AIA, ref: Art 73}
#     - {framework: UNGP, ref: "19"}
#   remediation: >-
#     Set up an incident-response process covering data breaches and rights
#     incidents (discriminatory errors, wrongful decisions at scale, misuse):
#     named owners, criteria to suspend the system, notification of the
#     supervisory authority within 72 hours and of the people affected
#     without undue delay, reporting of serious AI incidents, and a review
#     after each incident that feeds remediation.
package dria.rules.accountability.incident_response

import data.dria.lib

applies if lib.decides_about_people

applies if lib.ai_used

applies if count(lib.categories) > 0

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.incidentResponse == false
	msg := sprintf(
		"there is no process for rights incidents and data breaches (`incidentResponse: false`), although the system %s",
		[context_text],
	)
	paths := array.concat(["/spec/accountability/incidentResponse"], context_paths)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "incidentResponse"])
	high_stakes
	msg := sprintf(
		"whether there is a process for rights incidents and data breaches is not stated, although the system %s",
		[context_text],
	)
	paths := array.concat(["/spec/accountability"], context_paths)
}

high_stakes if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

high_stakes if count(lib.processed_sensitive) > 0

context_text := sprintf("takes part in decisions with legal effect (`automation: %s`) on %s", [
	lib.automation,
	lib.people_text,
]) if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
} else := sprintf("processes %s data about %s", [lib.quote_all(lib.processed_sensitive), lib.people_text]) if {
	count(lib.processed_sensitive) > 0
} else := sprintf("processes personal data or decides about %s", [lib.people_text])

default context_paths := ["/spec/affected"]

context_paths := ["/spec/decisions/automation", "/spec/decisions/legalEffect"] if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
} else := ["/spec/data/categories"] if {
	count(lib.processed_sensitive) > 0
}
