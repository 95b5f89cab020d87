# METADATA
# title: Persons with disabilities affected and accessibility not stated
# description: >-
#   Persons with disabilities are among the people affected, the stakes are
#   high (people cannot opt out, decisions have legal effect, or the system
#   delivers a public or essential service), and the description says
#   nothing about accessibility: no WCAG level, no non-digital alternative,
#   no plain language. An organisation that has not asked whether disabled
#   people can use the system has not identified the most predictable way it
#   will exclude them. The CRPD requires accessibility to be planned, not
#   retrofitted (Art 9), and human-rights due diligence starts with
#   identifying impacts on the groups at greatest risk (UNGP 18).
# custom:
#   id: DRIA-A11Y-005
#   severity: medium
#   likelihood: possible
#   rights: [accessibility, non-discrimination]
#   category: accessibility
#   references:
#     - {framework: CRPD, ref: Art 9}
#     - {framework: EU-CFR, ref: Art 26}
#     - {framework: UNGP, ref: "18"}
#   remediation: >-
#     Assess accessibility with disabled people and their organisations before
#     the next release: state the WCAG level reached (aim for 2.1 AA or
#     higher), an assisted or non-digital channel, plain-language and
#     easy-read texts, and reasonable accommodation on request; then record
#     these answers in the description.
package dria.rules.accessibility.disability_unstated

import data.dria.lib

applies if "persons-with-disabilities" in lib.groups

findings contains {"msg": msg, "paths": paths} if {
	"persons-with-disabilities" in lib.groups
	nothing_stated
	count(high_stakes) > 0
	msg := sprintf(
		concat(" ", [
			"persons with disabilities are among %s affected (%s), but no",
			"accessibility level, non-digital alternative or plain language is stated",
		]),
		[lib.people_text, concat(", ", sort([s.text | some s in high_stakes]))],
	)
	paths := array.concat(["/spec/affected/groups", "/spec/accessibility"], sort({s.path | some s in high_stakes}))
}

nothing_stated if lib.absent(["spec", "accessibility"])

nothing_stated if {
	lib.absent(["spec", "accessibility", "wcag"])
	lib.absent(["spec", "accessibility", "nonDigitalAlternative"])
	lib.absent(["spec", "accessibility", "plainLanguage"])
}

high_stakes contains {
	"text": "`mandatory: true`",
	"path": "/spec/affected/mandatory",
} if {
	input.spec.affected.mandatory == true
}

high_stakes contains {
	"text": "`legalEffect: true`",
	"path": "/spec/decisions/legalEffect",
} if {
	input.spec.decisions.legalEffect == true
}

high_stakes contains {
	"text": sprintf("essential service: %s", [lib.quote_all(lib.essential_services)]),
	"path": "/spec/context/domains",
} if {
	count(lib.essential_services) > 0
}
