# METADATA
# title: Political ads without a public ad library
# description: >-
#   Political ads run without a public, searchable repository that keeps each
#   ad with its sponsor, spend, reach and targeting. Without it, journalists,
#   opponents, observers and electoral authorities cannot see what was said to
#   whom, so false or contradictory messages to different audiences, foreign
#   interference and campaign-spending breaches go unnoticed until after the
#   vote. The DSA requires very large platforms to keep an advertising
#   repository, and the EU political advertising regulation a repository of
#   political ads; genuine elections depend on an informed electorate.
# custom:
#   id: DRIA-ELEC-002
#   severity: medium
#   likelihood: likely
#   rights: [participation, expression]
#   category: elections
#   references:
#     - {framework: EU-DSA, ref: Art 39}
#     - {framework: EU-TTPA, ref: ""}
#     - {framework: WARSAW, ref: P1}
#     - {framework: OECD-DD, ref: Key area 1}
#   remediation: >-
#     Publish every political ad in a public, searchable library with an API,
#     kept for at least seven years, showing the sponsor and who paid, amounts
#     spent, period, reach, and the targeting criteria and delivery techniques
#     used; include ads that were removed, with the reason.
package dria.rules.elections.ad_library

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

applies if input.spec.expression.politicalAds.allowed == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.politicalAds.allowed == true
	input.spec.expression.politicalAds.library == false
	msg := sprintf(
		concat(" ", [
			"political ads are allowed (`allowed: true`) but there is no",
			"public ad library (`library: false`); the ads reach %s%s",
		]),
		[lib.people_text, targeting_text],
	)
	paths := ["/spec/expression/politicalAds/allowed", "/spec/expression/politicalAds/library"]
}

default targeting_text := ""

targeting_text := sprintf(" and are targeted by %s", [lib.quote(input.spec.expression.politicalAds.targeting)]) if {
	input.spec.expression.politicalAds.targeting in {"demographic", "profiling"}
}
