# METADATA
# title: Languages not stated for an essential service that migrants, refugees or minorities must use
# description: >-
#   The system affects migrants, refugees and asylum seekers, ethnic
#   minorities or indigenous peoples in a public or essential service that
#   people are obliged to use or whose decisions have legal effect, and the
#   languages it is offered in are not stated. If it turns out to be one
#   language only, people who do not read that language cannot
#   understand what is asked of them, what was decided or how to challenge it,
#   and make mistakes that cost them benefits, status or protection.
#   Language is a prohibited ground of discrimination (UDHR Art 2, ICCPR
#   Art 2(1) and 26, EU Charter Art 21), and the OECD action plan on digital
#   democracy asks for inclusive digital public services.
# custom:
#   id: DRIA-A11Y-006
#   severity: medium
#   likelihood: possible
#   rights: [accessibility, non-discrimination, fair-trial]
#   category: accessibility
#   references:
#     - {framework: ICCPR, ref: Art 2(1)}
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: UDHR, ref: Art 2}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: OECD-DD, ref: Key area 1}
#   remediation: >-
#     Offer the service, its notices and decisions in the languages most used
#     by the people affected (find them from caseload data and community
#     organisations), provide free interpretation for appointments and
#     appeals, and test the translated texts with speakers of each language.
package dria.rules.accessibility.languages_unstated

import data.dria.lib

language_groups := {"migrants", "refugees-asylum-seekers", "ethnic-minorities", "indigenous-peoples"}

applies if count(lib.groups & language_groups) > 0

findings contains {"msg": msg, "paths": paths} if {
	groups := lib.groups & language_groups
	count(groups) > 0
	no_languages
	count(lib.essential_services) > 0
	some obliged in obligation
	msg := sprintf(
		concat(" ", [
			"the languages of the system are not stated although it affects %s among %s",
			"in a public or essential service (%s), and %s",
		]),
		[lib.quote_all(groups), lib.people_text, lib.quote_all(lib.essential_services), obliged.text],
	)
	paths := ["/spec/accessibility/languages", "/spec/affected/groups", "/spec/context/domains", obliged.path]
}

no_languages if lib.absent(["spec", "accessibility", "languages"])

no_languages if count(input.spec.accessibility.languages) == 0

obligation := {{"text": "people cannot opt out (`mandatory: true`)", "path": "/spec/affected/mandatory"}} if {
	input.spec.affected.mandatory == true
} else := {{"text": "decisions have legal effect (`legalEffect: true`)", "path": "/spec/decisions/legalEffect"}} if {
	input.spec.decisions.legalEffect == true
}
