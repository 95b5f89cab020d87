# METADATA
# title: Verifiability of an election system is not stated
# description: >-
#   The system casts, counts or transmits votes, but the description does not
#   say whether results can be verified end to end, whether there is a paper
#   trail or an independent audit. Trust in genuine elections depends on these
#   answers (ICCPR Art 25, Warsaw Declaration P1). Not asked when
#   verifiability is marked not applicable or the system touches no one.
# custom:
#   id: DRIA-GAP-015
#   severity: medium
#   likelihood: possible
#   rights: [participation]
#   category: information-gap
#   references:
#     - {framework: ICCPR, ref: "Art 25"}
#     - {framework: WARSAW, ref: "P1"}
#     - {framework: OECD-DD, ref: "Key area 1"}
#   remediation: >-
#     State `elections.verifiability` (endToEnd, paperTrail,
#     independentAudit).
package dria.rules.gaps.election_integrity

import data.dria.lib

applies if {
	count({f | some f in input.spec.elections.functions} & {"e-voting", "results-transmission"}) > 0
	lib.question_applies("elections.verifiability")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "elections", "verifiability"])
	msg := sprintf(
		"the system handles %s but `elections.verifiability` is not stated",
		[lib.quote_all({f | some f in input.spec.elections.functions} & {"e-voting", "results-transmission"})],
	)
	paths := ["/spec/elections/verifiability", "/spec/elections/functions"]
}
