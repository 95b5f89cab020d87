# METADATA
# title: Large-scale moderation with no appeal for journalists or political candidates
# description: >-
#   A large platform moderates content and accounts, journalists, political
#   candidates, activists or human-rights defenders are among those affected,
#   and there is no way to appeal a removal or suspension. Removing a
#   journalist's reporting or a candidate's account during a campaign silences
#   public-interest speech and distorts the electoral debate; with no appeal
#   the error stands until the news cycle or the election is over. The DSA
#   requires an internal complaint system, and restrictions on political
#   speech and the press call for the strictest scrutiny.
# custom:
#   id: DRIA-EXP-009
#   severity: medium
#   likelihood: likely
#   rights: [expression, participation, remedy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 20}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ICCPR, ref: Art 25}
#     - {framework: ECHR, ref: Art 10}
#     - {framework: WARSAW, ref: P7}
#   remediation: >-
#     Offer every user an appeal against removals, restrictions and suspensions,
#     decided by a trained person who can reinstate; fast-track appeals from
#     journalists, media outlets and candidates during election periods, keep
#     their accounts online while an appeal is pending unless there is an
#     imminent risk of serious harm, and give access to out-of-court dispute
#     settlement.
package dria.rules.expression.no_appeal_speakers

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

speakers := lib.groups & {"journalists", "political-candidates", "activists", "human-rights-defenders"}

# Large scale: at least a million people a year, or scale not stated.
large_scale if lib.people >= 1000000

large_scale if lib.absent(["spec", "affected", "people"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.contentModeration.appeal == false
	count(speakers) > 0
	large_scale
	msg := sprintf("content moderation affecting %s offers no appeal (`appeal: false`), and those affected include %s", [
		lib.people_text,
		lib.quote_all(speakers),
	])
	paths := ["/spec/expression/contentModeration/appeal", "/spec/affected/groups", "/spec/affected/people"]
}
