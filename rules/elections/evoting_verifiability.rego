# METADATA
# title: Internet voting without end-to-end verifiability or a paper trail
# description: >-
#   Votes are cast electronically but neither voters and observers can verify
#   end to end that each vote was recorded and counted as cast, nor is there a
#   voter-verified paper record that can be recounted. The result then rests
#   on trust in the vendor's software and the operators: manipulation, bugs
#   or intrusions can change it undetectably, and losers and courts have
#   nothing to check. Genuine elections require that citizens can verify the
#   essential steps of the vote and the count without special expertise, as
#   constitutional courts have held for electronic voting.
# custom:
#   id: DRIA-ELEC-005
#   severity: high
#   likelihood: likely
#   rights: [participation]
#   category: elections
#   references:
#     - {framework: ICCPR, ref: Art 25}
#     - {framework: ECHR, ref: Protocol 1 Art 3}
#     - {framework: UDHR, ref: Art 21}
#     - {framework: WARSAW, ref: P1}
#     - {framework: OECD-DD, ref: Key area 1}
#   remediation: >-
#     Do not use electronic voting in binding elections until it is end-to-end
#     verifiable (individual and universal verifiability, with public
#     specifications and open verifier software) or produces a voter-verified
#     paper record, and recount a statistically sufficient sample of those
#     records in a public risk-limiting audit before results are certified.
package dria.rules.elections.evoting_verifiability

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

findings contains {"msg": msg, "paths": paths} if {
	"e-voting" in input.spec.elections.functions
	not input.spec.elections.verifiability.endToEnd == true
	not input.spec.elections.verifiability.paperTrail == true
	msg := sprintf("electronic voting (`e-voting`) for %s has %s and %s", [
		lib.people_text,
		state("endToEnd", "no end-to-end verifiability"),
		state("paperTrail", "no paper trail"),
	])
	paths := [
		"/spec/elections/functions",
		"/spec/elections/verifiability/endToEnd",
		"/spec/elections/verifiability/paperTrail",
	]
}

state(field, missing) := sprintf("%s (`%s: false`)", [missing, field]) if {
	input.spec.elections.verifiability[field] == false
} else := sprintf("%s stated", [missing])
