# METADATA
# title: Nationality or ethnic origin used to triage visa, asylum or border cases
# description: >-
#   A system that decides or triages visa, residence, asylum or border cases
#   uses nationality, ethnic origin or stand-ins for them (country of birth,
#   dialect or accent analysis) to rate individual applicants. Immigration
#   law may set different rules for different countries, but scoring each
#   applicant as riskier because of their nationality or origin stereotypes
#   whole peoples and feeds back on itself: more scrutiny produces more
#   refusals, which the model then learns. The UK Home Office withdrew its
#   visa "streaming tool" in 2020 after a legal challenge argued that its use
#   of nationality was discriminatory. Dialect and origin analysis is also
#   error-prone evidence in asylum procedures.
# custom:
#   id: DRIA-FAIR-006
#   severity: high
#   likelihood: likely
#   rights: [movement-asylum, non-discrimination, fair-trial]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: ECHR, ref: Art 14}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: UDHR, ref: Art 14}
#     - {framework: EU-AIA, ref: Art 6}
#   remediation: >-
#     Remove nationality, ethnic origin and their stand-ins from individual
#     risk scoring; where the law sets country-specific requirements apply
#     them as transparent, published rules, not as a hidden score; test
#     refusal and error rates by nationality and origin; and never use dialect
#     or origin analysis as more than one piece of evidence the applicant can
#     see and rebut.
package dria.rules.fairness.migration_nationality

import data.dria.lib

applies if {
	"migration-border" in lib.domains
	lib.decides_about_people
}

origin_pattern := concat("|", [
	`(?i)dialect|accent|country.of.(origin|birth)`,
	`ethnic.origin|place.of.birth|nationalit`,
	`citizenship|ethnic|race`,
])

direct contains i if {
	some i, a in input.spec.ai.protectedAttributes
	a in {"nationality", "ethnicity"}
}

proxied contains i if {
	some i, x in input.spec.ai.inputs
	regex.match(origin_pattern, x)
}

proxied contains i if {
	some i, x in input.spec.ai.inputs
	"nationality or ethnic origin" in lib.proxy_inputs[x]
}

findings contains {"msg": msg, "paths": paths} if {
	"migration-border" in lib.domains
	lib.decides_about_people
	count(direct) + count(proxied) > 0
	used := {a |
		some i, a in input.spec.ai.protectedAttributes
		i in direct
	} | {x | some i, x in input.spec.ai.inputs; i in proxied}
	msg := sprintf(
		"visa, asylum or border cases of %s%s are rated on %s in %s decisions",
		[lib.people_text, groups_text, lib.quote_all(used), lib.quote(lib.automation)],
	)
	paths := array.concat(
		[sprintf("/spec/ai/protectedAttributes/%d", [i]) | some i in sort([i | some i in direct])],
		array.concat(
			[sprintf("/spec/ai/inputs/%d", [i]) | some i in sort([i | some i in proxied])],
			["/spec/context/domains"],
		),
	)
}

migrant_groups := lib.groups & {"migrants", "refugees-asylum-seekers"}

default groups_text := ""

groups_text := sprintf(" (including %s)", [lib.quote_all(migrant_groups)]) if count(migrant_groups) > 0
