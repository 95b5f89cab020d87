# METADATA
# title: No grievance mechanism, or none stated, for the people affected
# description: >-
#   The system decides about people, profiles them or watches them, but they
#   have no way to raise a complaint with the organisation that runs it
#   (`grievance.available: false`), or, where the stakes are high (decisions
#   with legal effect or measures weighing like one, surveillance,
#   vulnerable people who cannot opt out), the description does not say that
#   they have one.
#   Errors and abuses then go unreported, grievances escalate, and people
#   have no early, direct route to have harm addressed. Everyone has the
#   right to an effective remedy for violations of their rights; UNGP 29 asks
#   organisations to establish or take part in operational-level grievance
#   mechanisms for those adversely affected, meeting the effectiveness
#   criteria of UNGP 31, and the Council of Europe AI Convention requires
#   accessible and effective remedies for rights violations resulting from AI.
#   Not applicable to a system that touches no one, or when the grievance
#   route is marked not applicable.
# custom:
#   id: DRIA-REM-001
#   severity: medium
#   likelihood: likely
#   rights: [remedy]
#   category: remedy
#   references:
#     - {framework: UNGP, ref: "29"}
#     - {framework: UNGP, ref: "31"}
#     - {framework: UDHR, ref: Art 8}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Set up a grievance channel for everyone affected, not only customers or
#     account holders: free, in the languages and formats they use, with a
#     non-digital route, a stated response time, protection against
#     retaliation, a human who can act on the complaint, and regular
#     reporting of complaints received and how they were resolved. Use the
#     complaints to find and fix systemic problems.
package dria.rules.remedy.grievance_mechanism

import data.dria.lib

applies if {
	touches_people
	lib.question_applies("accountability.grievance")
}

touches_people if lib.decides_about_people

touches_people if lib.ai_used

touches_people if input.spec.surveillance.publicSpaces == true

touches_people if count(lib.categories) > 0

touches_people if input.spec.surveillance.lawfulInterception == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.grievance.available == false
	msg := sprintf(
		"the people affected cannot raise a complaint (`grievance.available: false`), although the system %s",
		[context_text],
	)
	paths := array.concat(["/spec/accountability/grievance/available"], context_paths)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "grievance", "available"])
	high_stakes
	msg := sprintf(
		"whether the people affected can raise a complaint is not stated, although the system %s",
		[context_text],
	)
	paths := array.concat(["/spec/accountability/grievance"], context_paths)
}

legal_effect if {
	lib.decides_about_people
	lib.significant_decision
}

high_stakes if legal_effect

high_stakes if input.spec.surveillance.publicSpaces == true

high_stakes if input.spec.surveillance.targetsIncludeCivilSociety == true

high_stakes if {
	count(lib.affected_vulnerable) > 0
	input.spec.affected.mandatory == true
}

context_text := sprintf("takes part in decisions %s (`automation: %s`) on %s", [
	lib.effect_text,
	lib.automation,
	lib.people_text,
]) if {
	legal_effect
} else := sprintf("monitors public spaces used by %s", [lib.people_text]) if {
	input.spec.surveillance.publicSpaces == true
} else := sprintf(
	"may target journalists, activists or defenders (`targetsIncludeCivilSociety: true`) among %s",
	[lib.people_text],
) if {
	input.spec.surveillance.targetsIncludeCivilSociety == true
} else := sprintf("affects %s, including %s%s", [
	lib.people_text,
	lib.quote_all(lib.affected_vulnerable),
	mandatory_text,
]) if {
	count(lib.affected_vulnerable) > 0
} else := sprintf("affects %s%s", [lib.people_text, mandatory_text])

default mandatory_text := ""

mandatory_text := ", who cannot opt out" if input.spec.affected.mandatory == true

default context_paths := ["/spec/affected"]

context_paths := ["/spec/decisions/automation", lib.effect_path] if {
	legal_effect
} else := ["/spec/surveillance/publicSpaces"] if {
	input.spec.surveillance.publicSpaces == true
} else := ["/spec/surveillance/targetsIncludeCivilSociety"] if {
	input.spec.surveillance.targetsIncludeCivilSociety == true
}
