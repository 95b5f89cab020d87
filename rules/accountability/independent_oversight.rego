# METADATA
# title: No independent oversight of a public decision or surveillance system
# description: >-
#   A public body decides about people with legal effect, or the system is
#   used for policing, surveillance, migration control or justice, but no
#   body independent of those running it supervises it. Oversight by the
#   same ministry or by the operator's own board cannot be expected to find,
#   or act on, abuses and errors it is responsible for. The European Court of
#   Human Rights requires independent supervision of surveillance powers; the
#   EU Charter entrusts data protection to independent authorities, and the
#   Council of Europe AI Convention requires effective oversight mechanisms
#   for AI used by public authorities.
# custom:
#   id: DRIA-ACC-007
#   severity: medium
#   likelihood: likely
#   rights: [privacy, remedy, fair-trial]
#   category: accountability
#   references:
#     - {framework: COE-AI, ref: ""}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Place the system under a supervisory body independent of the
#     organisation that runs it (a data-protection authority, an ombudsperson,
#     a judicial or parliamentary commission) with power to inspect the
#     system, its logs and its decisions, to receive complaints and to order
#     changes or suspension; publish its findings.
package dria.rules.accountability.independent_oversight

import data.dria.lib

coercive_domains := {"law-enforcement", "surveillance", "migration-border", "justice"}

applies if {
	lib.is_public_sector
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

applies if count(lib.domains & coercive_domains) > 0

applies if input.spec.surveillance.publicSpaces == true

applies if input.spec.surveillance.lawfulInterception == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.oversight.independent == false
	msg := sprintf(
		concat(" ", [
			"the only oversight, %s, is not independent of the organisation",
			"running the system (`oversight.independent: false`), which %s",
		]),
		[body_text, context_text],
	)
	paths := array.concat(
		["/spec/accountability/oversight/independent", "/spec/accountability/oversight/body"],
		context_paths,
	)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "oversight"])
	msg := sprintf("no oversight body is stated for a system that %s", [context_text])
	paths := array.concat(["/spec/accountability"], context_paths)
}

default body_text := "an unnamed body"

body_text := lib.quote(input.spec.accountability.oversight.body) if {
	is_string(input.spec.accountability.oversight.body)
	trim_space(input.spec.accountability.oversight.body) != ""
}

context_text := sprintf("takes part in public decisions with legal effect (`automation: %s`) on %s", [
	lib.automation,
	lib.people_text,
]) if {
	lib.is_public_sector
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
} else := sprintf("operates in %s and affects %s", [
	lib.quote_all(lib.domains & coercive_domains),
	lib.people_text,
]) if {
	count(lib.domains & coercive_domains) > 0
} else := sprintf("monitors public spaces or intercepts communications affecting %s", [lib.people_text])

default context_paths := ["/spec/surveillance"]

context_paths := ["/spec/context/sector", "/spec/decisions/automation", "/spec/decisions/legalEffect"] if {
	lib.is_public_sector
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
} else := ["/spec/context/domains"] if {
	count(lib.domains & coercive_domains) > 0
}
