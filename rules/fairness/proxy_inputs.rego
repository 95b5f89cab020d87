# METADATA
# title: Inputs or criteria that stand in for protected characteristics in decisions about people
# description: >-
#   A model, a points system or a rule-based score that takes or shapes
#   decisions about people in an area such as benefits, policing, migration,
#   employment or education uses inputs that encode a protected
#   characteristic directly or by proxy: nationality or country of birth,
#   postcode or neighbourhood (a proxy for ethnic origin and income), first
#   name or surname, sex, age, language, disability or family status. They
#   are read from the model's inputs (`ai.inputs`) and from the proxies the
#   description lists (`decisions.criteria.proxies`). Such inputs let a model reproduce discrimination that the law
#   forbids, indirectly and at scale. Rotterdam's welfare-fraud model scored
#   people on language skills, sex, age and household composition, and the
#   Dutch childcare-benefits risk model on nationality.
# custom:
#   id: DRIA-FAIR-002
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: ECHR, ref: Art 14}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     For each listed input, document why it is necessary and lawful for this
#     decision; remove those that are not, retrain, and test the model's
#     outcomes and error rates across the characteristics the inputs stand in
#     for (with the help of statistical or survey data where the
#     characteristic itself is not held).
package dria.rules.fairness.proxy_inputs

import data.dria.lib

applies if {
	lib.decides_about_people
	judged
	lib.question_applies("decisions.criteria.proxies")
}

# A model, an automated score or rule, or stated proxies judge people.
judged if lib.automated_scoring

judged if count(listed) > 0

decision_context if {
	count(lib.domains & lib.decision_domains) > 0
	lib.may_be_significant
}

decision_context if {
	lib.significant_decision
	count(lib.domains) == 0
}

# Traits already reported by DRIA-FAIR-001 when the protected attribute is
# declared as a direct input.
declared_traits contains "nationality or ethnic origin" if {
	some a in input.spec.ai.protectedAttributes
	a in {"nationality", "ethnicity"}
}

declared_traits contains "disability or health" if {
	some a in input.spec.ai.protectedAttributes
	a in {"health", "genetic"}
}

declared_traits contains "religion or belief" if "religion" in input.spec.ai.protectedAttributes

# and when it is listed among the protected criteria.
declared_traits contains trait if {
	some c in input.spec.decisions.criteria.protected
	trait := criterion_traits[c]
}

criterion_traits := {
	"nationality": "nationality or ethnic origin", "ethnicity": "nationality or ethnic origin",
	"race": "nationality or ethnic origin", "migration-background": "nationality or ethnic origin",
	"health": "disability or health", "disability": "disability or health",
	"religion": "religion or belief", "sex": "sex or gender", "gender-identity": "sex or gender",
	"pregnancy": "sex or gender", "age": "age", "language": "language",
	"marital-status": "family status", "family-status": "family status", "social-origin": "social origin",
}

# The characteristics each listed proxy can stand in for.
proxy_traits := {
	"postcode": {"address or neighbourhood"},
	"neighbourhood": {"address or neighbourhood"},
	"language": {"language", "nationality or ethnic origin"},
	"name": {"name", "nationality or ethnic origin"},
	"family-composition": {"family status", "sex or gender"},
	"household-size": {"family status"},
	"income": {"social origin"},
	"benefit-receipt": {"social origin", "disability or health"},
	"country-of-birth": {"nationality or ethnic origin"},
	"dual-nationality": {"nationality or ethnic origin"},
	"employment-gaps": {"sex or gender", "disability or health", "age"},
	"device-or-browser": {"social origin", "age"},
	"school": {"social origin"},
	"university": {"social origin"},
	"other": {"a protected characteristic"},
}

listed[i] := traits if {
	some i, p in input.spec.decisions.criteria.proxies
	traits := proxy_traits[p]
	count(traits - declared_traits) > 0
}

# Features that match a pattern by accident ("account age" is not a person's age).
not_personal := `(?i)account.age|age.of.(the.)?account|page.age|document.age`

# The school or university a person attended, or its past results, stands
# in for social origin (the 2020 A-level algorithm; prestige-based CV
# screening).
social_origin := concat("|", [
	`(?i)(school|university|college|centre).{0,20}(name|attended|histor|results|average|distribution|type|rank)`,
	`(name|type).of.(school|university|college|education)|education.type`,
])

traits_of(feature) := lib.proxy_inputs[feature] | {"social origin"} if {
	regex.match(social_origin, feature)
} else := lib.proxy_inputs[feature]

traits_of(feature) := {"social origin"} if {
	regex.match(social_origin, feature)
	not lib.proxy_inputs[feature]
}

proxies[i] := traits if {
	some i, feature in input.spec.ai.inputs
	not regex.match(not_personal, feature)
	traits := traits_of(feature)
	count(traits - declared_traits) > 0
}

# A system that only identifies people (matches a face or fingerprint to a
# record) uses date or place of birth to identify, not to judge.
scoring_techniques := {
	"risk-scoring", "profiling", "predictive-policing", "social-scoring", "targeting",
	"emotion-recognition", "biometric-categorisation", "recommender",
}

identification_only if {
	count(lib.techniques & {"facial-recognition", "remote-biometric-identification"}) > 0
	count(lib.techniques & scoring_techniques) == 0
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	decision_context
	not identification_only
	count(proxies) + count(listed) > 0
	described := array.concat(
		[sprintf("%s (%s)", [lib.quote(input.spec.ai.inputs[i]), concat(", ", sort(proxies[i]))]) |
			some i in sort(object.keys(proxies))
		],
		[sprintf("%s (%s)", [lib.quote(input.spec.decisions.criteria.proxies[i]), concat(", ", sort(listed[i]))]) |
			some i in sort(object.keys(listed))
		],
	)
	msg := sprintf(
		"inputs that encode protected characteristics directly or by proxy, %s, shape %s decisions%s%s affecting %s",
		[concat("; ", described), lib.quote(lib.automation), lib.methods_text, domains_text, lib.people_text],
	)
	paths := array.concat(
		array.concat(
			[sprintf("/spec/ai/inputs/%d", [i]) | some i in sort(object.keys(proxies))],
			[sprintf("/spec/decisions/criteria/proxies/%d", [i]) | some i in sort(object.keys(listed))],
		),
		["/spec/decisions/automation"],
	)
}

default domains_text := ""

domains_text := sprintf(" in %s", [lib.quote_all(lib.domains & lib.decision_domains)]) if {
	count(lib.domains & lib.decision_domains) > 0
}
