# METADATA
# title: Government requests received and answered are not published
# description: >-
#   The service does not publish how many government takedown and data
#   requests it receives and how it answers them (`published: false`).
#   Without those figures, state pressure on speech and on users' data stays
#   out of sight of courts, parliaments and the public, and users cannot
#   know how exposed they are. Businesses should communicate how they
#   address their human-rights impacts, and the DSA requires reporting on
#   orders from authorities.
# custom:
#   id: DRIA-EXP-014
#   severity: medium
#   likelihood: possible
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: UNGP, ref: "21"}
#     - {framework: EU-DSA, ref: Art 15}
#     - {framework: ICCPR, ref: Art 19}
#   remediation: >-
#     Publish request statistics at least yearly, by country and authority,
#     with how many requests were complied with, narrowed or refused.
package dria.rules.expression.government_requests_published

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.governmentRequests.published == false
	msg := sprintf(
		"the government takedown and data requests received and answered are not published (`published: false`) (%s)%s",
		[lib.people_text, sharing_text],
	)
	paths := array.concat(["/spec/expression/governmentRequests/published"], sharing_paths)
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
