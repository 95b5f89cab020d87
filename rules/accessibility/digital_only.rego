# METADATA
# title: Mandatory digital-only public service with no non-digital alternative
# description: >-
#   People must use this system to get a public or essential service
#   (benefits, health care, identity, residence, justice or another service
#   they cannot do without), and there is no offline or assisted channel: no
#   counter, phone line or person who can help. Elderly people, persons with
#   disabilities, people on low incomes without a smartphone or data, and
#   people with low literacy are then shut out of services they are entitled
#   to. The CRPD requires access on an equal basis (Art 9); the OECD action
#   plan on digital democracy asks governments to keep human support
#   available so that digitalisation does not exclude.
# custom:
#   id: DRIA-A11Y-002
#   severity: medium
#   likelihood: likely
#   rights: [accessibility, non-discrimination, social-security]
#   category: accessibility
#   references:
#     - {framework: CRPD, ref: Art 9}
#     - {framework: OECD-DD, ref: Key area 1}
#     - {framework: EU-CFR, ref: Art 26}
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: UDHR, ref: Art 25}
#   remediation: >-
#     Keep at least one non-digital channel (in person, by phone or by post)
#     and an assisted-digital service with trained staff for every step of the
#     service, at no extra cost and with the same deadlines and outcomes;
#     tell people about it in the notices they receive; and monitor who uses
#     it so that groups dropping out are noticed.
package dria.rules.accessibility.digital_only

import data.dria.lib

# Services people cannot forgo: using them is in effect mandatory.
indispensable_domains := {
	"social-benefits",
	"health",
	"digital-identity",
	"public-services",
	"justice",
	"migration-border",
}

excluded_groups := {
	"elderly",
	"persons-with-disabilities",
	"low-income",
	"migrants",
	"refugees-asylum-seekers",
	"indigenous-peoples",
}

applies if lib.is_public_sector

applies if count(lib.essential_services) > 0

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accessibility.nonDigitalAlternative == false
	some ctx in service_context
	some need in compulsion
	msg := sprintf(
		concat(" ", [
			"people must go through the digital system (%s) for %s, and no offline",
			"or assisted channel remains (`nonDigitalAlternative: false`)%s",
		]),
		[need.text, ctx.text, excluded_text],
	)
	paths := sort({"/spec/accessibility/nonDigitalAlternative", ctx.path, need.path} | group_paths)
}

# Where use of an essential service is mandatory and the people affected are
# those most often excluded, not stating whether another channel exists is itself a finding.
findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accessibility", "nonDigitalAlternative"])
	input.spec.affected.mandatory == true
	count(lib.groups & excluded_groups) > 0
	count(lib.essential_services) > 0
	some ctx in service_context
	msg := sprintf(
		concat(" ", [
			"people must use the system (`mandatory: true`) for %s, and",
			"whether an offline or assisted channel remains is not stated%s",
		]),
		[ctx.text, excluded_text],
	)
	paths := sort({
		"/spec/accessibility/nonDigitalAlternative",
		"/spec/affected/mandatory",
		ctx.path,
		"/spec/affected/groups",
	})
}

service_context := {{
	"text": sprintf("a public or essential service (%s)", [lib.quote_all(lib.essential_services)]),
	"path": "/spec/context/domains",
}} if {
	count(lib.essential_services) > 0
} else := {{
	"text": sprintf("a public-sector service (`sector: %s`)", [input.spec.context.sector]),
	"path": "/spec/context/sector",
}} if {
	lib.is_public_sector
}

compulsion := {{"text": "`mandatory: true`", "path": "/spec/affected/mandatory"}} if {
	input.spec.affected.mandatory == true
} else := {{
	"text": sprintf(
		"the only way to a service people cannot forgo: %s",
		[lib.quote_all(lib.domains & indispensable_domains)],
	),
	"path": "/spec/context/domains",
}} if {
	object.get(input, ["spec", "affected", "mandatory"], null) != false
	count(lib.domains & indispensable_domains) > 0
}

excluded_text := sprintf("; this shuts out %s among %s", [
	lib.quote_all(lib.groups & excluded_groups),
	lib.people_text,
]) if {
	count(lib.groups & excluded_groups) > 0
} else := sprintf("; %s are affected", [lib.people_text])

default group_paths := set()

group_paths := {"/spec/affected/groups"} if count(lib.groups & excluded_groups) > 0
