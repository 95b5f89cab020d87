# METADATA
# title: Political ads without sponsor disclosure
# description: >-
#   Political ads are shown without telling people who paid for them and on
#   whose behalf they run. Voters cannot weigh a message they cannot attribute;
#   undisclosed sponsors let foreign actors, front groups and campaigns evade
#   spending limits and responsibility for what they say. The EU political
#   advertising regulation requires a transparency label naming the sponsor,
#   and the DSA requires platforms to show on whose behalf an ad is presented
#   and who paid for it. Free elections need voters who can judge the sources
#   of what they are told.
# custom:
#   id: DRIA-ELEC-003
#   severity: medium
#   likelihood: likely
#   rights: [participation, expression]
#   category: elections
#   references:
#     - {framework: EU-TTPA, ref: ""}
#     - {framework: EU-DSA, ref: Art 26}
#     - {framework: UDHR, ref: Art 21}
#     - {framework: ECHR, ref: Protocol 1 Art 3}
#   remediation: >-
#     Verify the identity of every political advertiser and of whoever
#     ultimately pays; show on each ad a clear label naming the sponsor and
#     the payer, linking to the ad library entry with spend and targeting; and
#     refuse ads whose sponsor cannot be verified.
package dria.rules.elections.sponsor_disclosure

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

applies if input.spec.expression.politicalAds.allowed == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.politicalAds.allowed == true
	input.spec.expression.politicalAds.sponsorDisclosed == false
	msg := sprintf("political ads shown to %s do not say who paid for them (`sponsorDisclosed: false`)", [lib.people_text])
	paths := ["/spec/expression/politicalAds/allowed", "/spec/expression/politicalAds/sponsorDisclosed"]
}
