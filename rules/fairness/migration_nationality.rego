# METADATA
# title: Nationality or ethnic origin used to triage visa, asylum or border cases
# description: >-
#   A system that decides or triages visa, residence, asylum or border cases
#   uses nationality, ethnic origin or stand-ins for them (country of birth,
#   dual nationality, name, dialect or accent analysis) to rate individual
#   applicants, as a model input or as a criterion of a score or rule
#   (`decisions.criteria`). Immigration
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
	lib.question_applies("decisions.criteria")
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

# Criteria of a score or rule: the characteristics themselves, and the
# proxies that stand in for origin.
criteria contains i if {
	some i, c in input.spec.decisions.criteria.protected
	c in {"nationality", "ethnicity", "race", "migration-background"}
}

criteria_proxies contains i if {
	some i, p in input.spec.decisions.criteria.proxies
	p in {"country-of-birth", "dual-nationality", "language", "name"}
}

findings contains {"msg": msg, "paths": paths} if {
	"migration-border" in lib.domains
	lib.decides_about_people
	((count(direct) + count(proxied)) + count(criteria)) + count(criteria_proxies) > 0
	used := (({a |
		some i, a in input.spec.ai.protectedAttributes
		i in direct
	} | {x | some i, x in input.spec.ai.inputs; i in proxied}) | {c |
		some i, c in input.spec.decisions.criteria.protected
		i in criteria
	}) | {p | some i, p in input.spec.decisions.criteria.proxies; i in criteria_proxies}
	msg := sprintf(
		"visa, asylum or border cases of %s%s are rated on %s in %s decisions",
		[lib.people_text, groups_text, lib.quote_all(used), lib.quote(lib.automation)],
	)
	paths := array.concat(
		array.concat(
			[sprintf("/spec/ai/protectedAttributes/%d", [i]) | some i in sort([i | some i in direct])],
			[sprintf("/spec/ai/inputs/%d", [i]) | some i in sort([i | some i in proxied])],
		),
		array.concat(
			array.concat(
				[sprintf("/spec/decisions/criteria/protected/%d", [i]) | some i in sort([i | some i in criteria])],
				[sprintf("/spec/decisions/criteria/proxies/%d", [i]) | some i in sort([i | some i in criteria_proxies])],
			),
			["/spec/context/domains"],
		),
	)
}

migrant_groups := lib.groups & {"migrants", "refugees-asylum-seekers", "people-with-migration-background"}

default groups_text := ""

groups_text := sprintf(" (including %s)", [lib.quote_all(migrant_groups)]) if count(migrant_groups) > 0
