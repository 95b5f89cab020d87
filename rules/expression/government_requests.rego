# METADATA
# title: Government takedown and data requests handled without a policy
# description: >-
#   Authorities ask the service to remove content or to hand over data about
#   users, and the service has no policy for such requests (or, while it
#   discloses data to state authorities, none is stated). Informal or
#   unlawful requests then silence critics and expose journalists' sources
#   and activists' identities, out of sight of courts and the public.
#   Restrictions on expression must be provided by law and necessary,
#   interference with privacy must not be arbitrary, and businesses must
#   have policies and processes to respect rights when states ask them to
#   act against them. (Legal review of each request and publication have
#   their own rules, DRIA-EXP-013 and DRIA-EXP-014.)
# custom:
#   id: DRIA-EXP-004
#   severity: medium
#   likelihood: likely
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: UNGP, ref: "15"}
#     - {framework: UNGP, ref: "16"}
#   remediation: >-
#     Adopt and publish a policy for government takedown and data requests
#     that requires a legal basis and due process, narrows or challenges
#     requests that are overbroad or target protected speech or journalists'
#     sources, and notifies affected users unless a court forbids it.
package dria.rules.expression.government_requests

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

findings contains {"msg": msg, "paths": paths} if {
	some problem in no_policy
	msg := sprintf("government takedown and data requests are handled with %s (%s)%s", [
		problem,
		lib.people_text,
		sharing_text,
	])
	paths := array.concat(["/spec/expression/governmentRequests/policy"], sharing_paths)
}

no_policy := {"no policy (`policy: false`)"} if {
	input.spec.expression.governmentRequests.policy == false
} else := {"no policy stated although data is disclosed to state authorities"} if {
	lib.absent(["spec", "expression", "governmentRequests", "policy"])
	count(state_recipients) > 0
}

state_recipients contains i if {
	some i, s in input.spec.data.sharing
	s.type in {"law-enforcement", "intelligence"}
}

default sharing_text := ""

sharing_text := sprintf("; data is disclosed to %s", [lib.quote_all({input.spec.data.sharing[i].recipient |
	some i in state_recipients
})]) if {
	count(state_recipients) > 0
}

sharing_paths := [sprintf("/spec/data/sharing/%d", [i]) | some i in sort(state_recipients)]
