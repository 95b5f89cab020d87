# METADATA
# title: Government requests not checked one by one for legality
# description: >-
#   The service does not check each government takedown or data request for
#   legality, necessity and proportionality before acting on it
#   (`legalReview: false`). Requests that are overbroad, informal or aimed at
#   protected speech or journalists' sources are then simply obeyed.
#   Restrictions on expression must be provided by law and necessary,
#   interference with privacy must not be arbitrary, and businesses must
#   avoid contributing to rights abuses when states ask them to act.
# custom:
#   id: DRIA-EXP-013
#   severity: medium
#   likelihood: likely
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: ICCPR, ref: Art 19(3)}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: UNGP, ref: "13"}
#     - {framework: UNGP, ref: "23"}
#   remediation: >-
#     Have a lawyer review every request before acting: check the legal
#     basis, the authority and the proportionality, narrow or challenge
#     requests that fail, and record the outcome.
package dria.rules.expression.government_requests_review

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.governmentRequests.legalReview == false
	msg := sprintf(
		"government takedown and data requests get no legal review one by one (`legalReview: false`) (%s)%s",
		[lib.people_text, sharing_text],
	)
	paths := array.concat(["/spec/expression/governmentRequests/legalReview"], sharing_paths)
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
