# METADATA
# title: Only one language where migrants, refugees or minorities are affected
# description: >-
#   The system affects migrants, refugees and asylum seekers, ethnic
#   minorities or indigenous peoples, in a public or essential service or in
#   decisions with legal effect, but it is offered in one language only.
#   (Languages not stated have their own rule, DRIA-A11Y-006.) People who do
#   not read that language cannot understand what is asked of them, what was
#   decided or how to challenge it, and make mistakes that cost them
#   benefits, status or protection.
#   Language is a prohibited ground of discrimination (UDHR Art 2, ICCPR
#   Art 2(1) and 26, EU Charter Art 21), and the OECD action plan on digital
#   democracy asks for inclusive digital public services.
# custom:
#   id: DRIA-A11Y-003
#   severity: medium
#   likelihood: likely
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
package dria.rules.accessibility.single_language

import data.dria.lib

language_groups := {"migrants", "refugees-asylum-seekers", "ethnic-minorities", "indigenous-peoples"}

applies if count(lib.groups & language_groups) > 0

findings contains {"msg": msg, "paths": paths} if {
	groups := lib.groups & language_groups
	count(groups) > 0
	count(primary_languages) == 1
	some ctx in stakes
	msg := sprintf(
		"the system is available only in %s although it affects %s among %s in %s",
		[lib.quote_all(input.spec.accessibility.languages), lib.quote_all(groups), lib.people_text, ctx.text],
	)
	paths := ["/spec/accessibility/languages", "/spec/affected/groups", ctx.path]
}

# primary_languages reduces BCP 47 tags to their language subtag, so that
# en and en-GB count as one language.
primary_languages contains lower(split(tag, "-")[0]) if some tag in input.spec.accessibility.languages

stakes := {{
	"text": sprintf("a public or essential service (%s)", [lib.quote_all(lib.essential_services)]),
	"path": "/spec/context/domains",
}} if {
	count(lib.essential_services) > 0
} else := {{"text": "decisions with legal effect (`legalEffect: true`)", "path": "/spec/decisions/legalEffect"}} if {
	input.spec.decisions.legalEffect == true
} else := {{
	"text": sprintf("a public-sector service (`sector: %s`)", [input.spec.context.sector]),
	"path": "/spec/context/sector",
}} if {
	lib.is_public_sector
}
