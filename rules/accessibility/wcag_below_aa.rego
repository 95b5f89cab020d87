# METADATA
# title: Public or essential service below WCAG 2.1 AA
# description: >-
#   A public body's system, or a service people need for benefits, health
#   care, identity, education, justice, migration procedures, elections or
#   banking, meets only a lower accessibility level than WCAG 2.1 AA, or none.
#   Blind and partially sighted people, people who cannot use a mouse, Deaf
#   people and people with cognitive disabilities then cannot use it on their
#   own, or at all, and lose access on equal terms to a service others reach
#   in minutes. The CRPD requires states to ensure access to information and
#   communications technologies (Art 9, 21); EU law sets WCAG 2.1 AA (through
#   EN 301 549) as the level for public-sector websites and apps.
# custom:
#   id: DRIA-A11Y-001
#   severity: medium
#   likelihood: likely
#   rights: [accessibility, non-discrimination]
#   category: accessibility
#   references:
#     - {framework: CRPD, ref: Art 9}
#     - {framework: CRPD, ref: Art 21}
#     - {framework: EU-CFR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#   remediation: >-
#     Bring every user-facing part of the service up to at least WCAG 2.1 AA
#     (EN 301 549), verified by an external audit that includes disabled
#     users of assistive technologies; publish an accessibility statement with
#     a way to report barriers and get the content in another format; and
#     make conformance a contractual requirement for vendors.
package dria.rules.accessibility.wcag_below_aa

import data.dria.lib

below_aa := {"none", "2.0-A", "2.0-AA", "2.1-A"}

applies if lib.is_public_sector

applies if count(lib.essential_services) > 0

findings contains {"msg": msg, "paths": paths} if {
	level := input.spec.accessibility.wcag
	level in below_aa
	some ctx in service_context
	msg := sprintf(
		"the service reaches %s, below WCAG 2.1 AA, although it is %s used by %s%s",
		[level_text(level), ctx.text, lib.people_text, disabled_text],
	)
	paths := sort({"/spec/accessibility/wcag", ctx.path} | group_paths)
}

level_text(level) := "no WCAG conformance level (`wcag: none`)" if level == "none"

else := sprintf("only `wcag: %s`", [level])

service_context := {{
	"text": sprintf("an essential service (%s)", [lib.quote_all(lib.essential_services)]),
	"path": "/spec/context/domains",
}} if {
	count(lib.essential_services) > 0
} else := {{
	"text": sprintf("a public-sector service (`sector: %s`)", [input.spec.context.sector]),
	"path": "/spec/context/sector",
}} if {
	lib.is_public_sector
}

default disabled_text := ""

disabled_text := ", including persons with disabilities and elderly people" if {
	{"persons-with-disabilities", "elderly"} & lib.groups == {"persons-with-disabilities", "elderly"}
} else := ", including persons with disabilities" if {
	"persons-with-disabilities" in lib.groups
} else := ", including elderly people" if {
	"elderly" in lib.groups
}

default group_paths := set()

group_paths := {"/spec/affected/groups"} if count(lib.groups & {"persons-with-disabilities", "elderly"}) > 0
