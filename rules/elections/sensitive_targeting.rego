# METADATA
# title: Political ads targeted with sensitive data
# description: >-
#   Political advertising is aimed at people on the basis of their political
#   opinions, religion, ethnicity, sexual orientation or health, whether
#   declared or inferred from their behaviour. This is the Cambridge Analytica
#   pattern: psychographic profiles built from harvested data let campaigns
#   send different, unaccountable messages to believers, minorities or
#   "persuadable" voters, exploit their fears and suppress their turnout. EU
#   law forbids ads based on profiling with special categories of data and
#   limits political ad targeting with them; freedom of thought and religion
#   includes not being singled out for persuasion on one's beliefs, and
#   elections must guarantee the free expression of the will of the electors.
# custom:
#   id: DRIA-ELEC-001
#   severity: high
#   likelihood: likely
#   rights: [privacy, thought-religion, participation, non-discrimination]
#   category: elections
#   references:
#     - {framework: EU-DSA, ref: Art 26}
#     - {framework: EU-TTPA, ref: ""}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: ICCPR, ref: Art 18}
#     - {framework: ICCPR, ref: Art 25}
#     - {framework: EU-AIA, ref: Annex III 8(b)}
#   remediation: >-
#     Stop targeting political ads with political opinion, religion,
#     ethnicity, sexual orientation, health or trade-union data, including
#     inferred interests and lookalike audiences that stand for them; delete
#     profiles built from such data; limit political ads to contextual or
#     broad demographic targeting, and record in the ad library the targeting
#     criteria of every ad.
package dria.rules.elections.sensitive_targeting

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

applies if input.spec.expression.politicalAds.allowed == true

political_sensitive := {"political-opinion", "religion", "ethnicity", "sexual-orientation", "health", "trade-union"}

sensitive_processed := lib.categories & political_sensitive

sensitive_model_inputs := {a | some a in input.spec.ai.protectedAttributes} & political_sensitive

# Political advertising or campaigning is what the system does.
political_ads if input.spec.expression.politicalAds.allowed == true

political_ads if "political-advertising" in lib.domains

political_ads if "campaigning" in input.spec.elections.functions

# Reasons as [order, text], so the message reads from the plainest fact.
reasons contains [1, "political ads can be targeted with sensitive data (`sensitiveDataTargeting: true`)"] if {
	input.spec.expression.politicalAds.sensitiveDataTargeting == true
}

reasons contains [
	2,
	sprintf(
		"political ads are targeted by profiling (`targeting: profiling`) while %s data is processed",
		[lib.quote_all(sensitive_processed)],
	),
] if {
	input.spec.expression.politicalAds.targeting == "profiling"
	count(sensitive_processed) > 0
	not input.spec.expression.politicalAds.sensitiveDataTargeting == false
}

# A campaign system that profiles and targets voters while processing
# sensitive data, even where no politicalAds section is given.
reasons contains [
	2,
	sprintf(
		"voters are profiled and targeted (`profiling`, `targeting`) for political campaigning while %s data is processed",
		[lib.quote_all(sensitive_processed)],
	),
] if {
	lib.absent(["spec", "expression", "politicalAds", "targeting"])
	political_ads
	count(lib.techniques & {"targeting", "profiling"}) == 2
	count(sensitive_processed) > 0
	not input.spec.expression.politicalAds.sensitiveDataTargeting == false
}

reasons contains [
	3,
	sprintf("%s are used directly as model inputs for political `targeting`", [lib.quote_all(sensitive_model_inputs)]),
] if {
	count(sensitive_model_inputs) > 0
	count(lib.techniques & {"targeting", "profiling"}) > 0
	political_ads
}

findings contains {"msg": msg, "paths": paths} if {
	count(reasons) > 0
	msg := sprintf("%s, reaching %s%s", [concat("; ", [r[1] | some r in sort(reasons)]), lib.people_text, groups_text])
	paths := [
		"/spec/expression/politicalAds/sensitiveDataTargeting",
		"/spec/expression/politicalAds/targeting",
		"/spec/data/categories",
		"/spec/ai/protectedAttributes",
		"/spec/ai/techniques",
	]
}

minorities := lib.groups & {"religious-minorities", "ethnic-minorities", "lgbtiq", "migrants"}

default groups_text := ""

groups_text := sprintf(", including %s", [lib.quote_all(minorities)]) if count(minorities) > 0
