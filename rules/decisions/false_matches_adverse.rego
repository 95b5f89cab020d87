# METADATA
# title: Record matching that links the wrong person in more than 1% of matches leads to adverse measures
# description: >-
#   More than 1% of the system's record matches link records of different
#   people or miss the same person (`matching.falseMatchRate` above 0.01),
#   and the matches lead to decisions with legal effect or to measures that
#   weigh like them: an investigation, a home visit, a suspension, the
#   recovery of a debt, removal from a register. Each wrong match is then a
#   person accused, cut off or struck off on the strength of someone else's
#   record, who must prove a negative to be restored. This is how
#   data-matching produced wrongful debts in Australia's Robodebt scheme.
#   One wrong match in a hundred is worse than careful linkage of
#   administrative registers achieves and, at the scale of a public
#   register, means thousands of people.
# custom:
#   id: DRIA-DEC-018
#   severity: high
#   likelihood: likely
#   rights: [privacy, fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 5}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: EU-AIA, ref: Art 15}
#   remediation: >-
#     Take no adverse measure on a match alone: have a person verify each
#     match against the source records and hear the person before anything
#     happens, improve the linkage until wrong matches are well under 1%,
#     review and reverse past measures that rested on unverified matches,
#     and publish the measured rates.
package dria.rules.decisions.false_matches_adverse

import data.dria.lib

applies if {
	lib.stated(["spec", "decisions", "matching", "falseMatchRate"])
	lib.question_applies("decisions.matching")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.false_match_rate > 0.01
	lib.significant_decision
	msg := sprintf("%s%s, and the matches feed decisions %s", [
		lib.false_match_text,
		lib.false_match_evidence_text,
		lib.effect_text,
	])
	paths := ["/spec/decisions/matching/falseMatchRate", lib.effect_path]
}
