# METADATA
# title: No plain language for decisions with legal effect
# description: >-
#   The system takes part in decisions with legal or similarly significant
#   effects on people, and its texts are not written in plain language (or,
#   where people cannot opt out or groups who often struggle with official
#   language are affected, whether they are is not stated). People who cannot
#   understand a decision letter or a form, notably people with intellectual
#   or learning disabilities, low literacy or another first language, cannot
#   tell what was decided, why, or how to challenge it, and miss deadlines.
#   The CRPD calls for accessible formats and easy-to-read communication
#   (Art 2, 21), GDPR Art 12 requires information in clear and plain
#   language, and good administration includes giving reasons people can
#   follow (EU Charter Art 41).
# custom:
#   id: DRIA-A11Y-004
#   severity: medium
#   likelihood: likely
#   rights: [accessibility, fair-trial, remedy]
#   category: accessibility
#   references:
#     - {framework: CRPD, ref: Art 21}
#     - {framework: GDPR, ref: Art 12}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: EU-CFR, ref: Art 26}
#   remediation: >-
#     Rewrite forms, notices and decision letters in plain language (short
#     sentences, the decision and the reason first, what the person can do and
#     by when), test them with affected people including people with
#     intellectual disabilities, and offer easy-read versions and a person to
#     explain the decision on request.
package dria.rules.accessibility.plain_language

import data.dria.lib

struggling_groups := {
	"persons-with-disabilities",
	"elderly",
	"migrants",
	"refugees-asylum-seekers",
	"low-income",
	"children",
	"ethnic-minorities",
	"indigenous-peoples",
}

applies if input.spec.decisions.legalEffect == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.legalEffect == true
	input.spec.accessibility.plainLanguage == false
	msg := sprintf(
		concat(" ", [
			"decisions have legal effect (`legalEffect: true`) on %s, but",
			"texts are not in plain language (`plainLanguage: false`)%s",
		]),
		[lib.people_text, groups_text],
	)
	paths := sort({"/spec/decisions/legalEffect", "/spec/accessibility/plainLanguage"} | group_paths)
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.legalEffect == true
	lib.absent(["spec", "accessibility", "plainLanguage"])
	count(lib.essential_services) > 0
	some why in high_stakes
	msg := sprintf(
		concat(" ", [
			"decisions in %s have legal effect (`legalEffect: true`) on %s",
			"and %s, but whether texts are in plain language is not stated",
		]),
		[lib.quote_all(lib.essential_services), lib.people_text, why.text],
	)
	paths := ["/spec/decisions/legalEffect", "/spec/accessibility/plainLanguage", "/spec/context/domains", why.path]
}

high_stakes := {{"text": "people cannot opt out (`mandatory: true`)", "path": "/spec/affected/mandatory"}} if {
	input.spec.affected.mandatory == true
} else := {{
	"text": sprintf("affect %s", [lib.quote_all(lib.groups & struggling_groups)]),
	"path": "/spec/affected/groups",
}} if {
	count(lib.groups & struggling_groups) > 0
}

default groups_text := ""

groups_text := sprintf(", including %s", [lib.quote_all(lib.groups & struggling_groups)]) if {
	count(lib.groups & struggling_groups) > 0
}

default group_paths := set()

group_paths := {"/spec/affected/groups"} if count(lib.groups & struggling_groups) > 0
