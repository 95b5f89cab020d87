# METADATA
# title: Profiling-based micro-targeting of political ads
# description: >-
#   Political messages are delivered to narrow audiences selected by profiling
#   people's behaviour, interests or personality. Micro-targeting lets a
#   campaign tell each small group something different, out of sight of
#   opponents and fact-checkers, to exploit individual fears, discourage
#   turnout or fragment public debate; it also needs pervasive tracking of
#   voters. The OECD digital democracy action plan names micro-targeting as a
#   threat to election integrity, the EU political advertising regulation
#   restricts targeting techniques, and AI systems used to influence voting
#   behaviour are high-risk under the AI Act. Elections must guarantee the
#   free formation and expression of the voters' will.
# custom:
#   id: DRIA-ELEC-004
#   severity: medium
#   likelihood: likely
#   rights: [participation, privacy, thought-religion]
#   category: elections
#   references:
#     - {framework: OECD-DD, ref: Key area 1}
#     - {framework: EU-TTPA, ref: ""}
#     - {framework: ICCPR, ref: Art 25}
#     - {framework: ICCPR, ref: Art 18}
#     - {framework: EU-AIA, ref: Annex III 8(b)}
#   remediation: >-
#     Limit political ad targeting to context or broad, non-sensitive
#     demographics with a minimum audience size, only with the explicit consent
#     of the people concerned where profiling is used at all; no lookalike or
#     psychographic audiences; publish the targeting criteria of every ad in
#     the ad library; and assess the system as a high-risk AI system where it
#     is meant to influence voting behaviour.
package dria.rules.elections.micro_targeting

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

applies if input.spec.expression.politicalAds.allowed == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.politicalAds.targeting == "profiling"
	not input.spec.expression.politicalAds.allowed == false
	msg := sprintf("political ads are micro-targeted by profiling (`targeting: profiling`) at %s%s", [
		lib.people_text,
		inputs_text,
	])
	paths := ["/spec/expression/politicalAds/targeting", "/spec/expression/politicalAds/allowed"]
}

# A campaign system that profiles and targets voters, even without a
# politicalAds section.
findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "expression", "politicalAds", "targeting"])
	campaigning
	count(lib.techniques & {"targeting"}) > 0
	count(lib.techniques & {"profiling"}) > 0
	msg := sprintf("the system profiles and targets (`profiling`, `targeting`) %s for political campaigning%s", [
		lib.people_text,
		inputs_text,
	])
	paths := ["/spec/ai/techniques", "/spec/context/domains", "/spec/elections/functions"]
}

campaigning if "political-advertising" in lib.domains

campaigning if "campaigning" in input.spec.elections.functions

persuasion_inputs := [x |
	some x in input.spec.ai.inputs
	regex.match(`(?i)personality|psychograph|ocean|persuad|turnout|political|leaning|religio|ethnic|sexual`, x)
]

default inputs_text := ""

inputs_text := sprintf(", using %s", [lib.quote_all(persuasion_inputs)]) if count(persuasion_inputs) > 0
