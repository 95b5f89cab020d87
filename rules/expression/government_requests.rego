# METADATA
# title: Government takedown and data requests without a policy, legal review or publication
# description: >-
#   Authorities ask the service to remove content or to hand over data about
#   users, and the service has no policy for such requests, does not check each
#   one for legality, necessity and proportionality before acting, or does not
#   publish what it received and did. Informal or unlawful requests then
#   silence critics and expose journalists' sources and activists' identities,
#   out of sight of courts and the public. Restrictions on expression must be
#   provided by law and necessary, interference with privacy must not be
#   arbitrary, and businesses must have policies and processes to respect
#   rights when states ask them to act against them.
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
#     - {framework: UNGP, ref: "21"}
#   remediation: >-
#     Adopt and publish a policy for government takedown and data requests that
#     requires a legal basis and due process, legal review of every request,
#     narrowing or challenging requests that are overbroad or target protected
#     speech or journalists' sources, notifying affected users unless a court
#     forbids it, and publishing request statistics by country and authority.
package dria.rules.expression.government_requests

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

state_recipients contains i if {
	some i, s in input.spec.data.sharing
	s.type in {"law-enforcement", "intelligence"}
}

findings contains {"msg": msg, "paths": paths} if {
	count(problems) > 0
	msg := sprintf("government takedown and data requests are handled with %s (%s)%s", [
		concat("; ", sort(problems)),
		lib.people_text,
		sharing_text,
	])
	paths := array.concat(
		["/spec/expression/governmentRequests"],
		[sprintf("/spec/data/sharing/%d", [i]) | some i in sort(state_recipients)],
	)
}

problems contains "no policy (`policy: false`)" if input.spec.expression.governmentRequests.policy == false

problems contains "no policy stated although data is disclosed to state authorities" if {
	lib.absent(["spec", "expression", "governmentRequests", "policy"])
	count(state_recipients) > 0
}

problems contains "no legal review of each request (`legalReview: false`)" if {
	input.spec.expression.governmentRequests.legalReview == false
}

problems contains "no publication of request statistics (`published: false`)" if {
	input.spec.expression.governmentRequests.published == false
}

default sharing_text := ""

sharing_text := sprintf("; data is disclosed to %s", [lib.quote_all({input.spec.data.sharing[i].recipient |
	some i in state_recipients
})]) if {
	count(state_recipients) > 0
}
