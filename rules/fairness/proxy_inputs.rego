# METADATA
# title: Model inputs that stand in for protected characteristics in decisions about people
# description: >-
#   A model that takes or shapes decisions about people in an area such as
#   benefits, policing, migration, employment or education uses inputs that
#   encode a protected characteristic directly or by proxy: nationality or
#   country of birth, postcode or neighbourhood (a proxy for ethnic origin and
#   income), first name or surname, sex, age, language, disability or family
#   status. Such inputs let a model reproduce discrimination that the law
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
	lib.ai_used
}

decision_context if {
	count(lib.domains & lib.decision_domains) > 0
	lib.may_have_legal_effect
}

decision_context if {
	input.spec.decisions.legalEffect == true
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
	count(proxies) > 0
	described := [sprintf("%s (%s)", [lib.quote(input.spec.ai.inputs[i]), concat(", ", sort(proxies[i]))]) |
		some i in sort(object.keys(proxies))
	]
	msg := sprintf(
		"model inputs that encode protected characteristics directly or by proxy, %s, shape %s decisions%s affecting %s",
		[concat("; ", described), lib.quote(lib.automation), domains_text, lib.people_text],
	)
	paths := array.concat(
		[sprintf("/spec/ai/inputs/%d", [i]) | some i in sort(object.keys(proxies))],
		["/spec/decisions/automation"],
	)
}

default domains_text := ""

domains_text := sprintf(" in %s", [lib.quote_all(lib.domains & lib.decision_domains)]) if {
	count(lib.domains & lib.decision_domains) > 0
}
