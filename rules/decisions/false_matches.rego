# METADATA
# title: Record matching links the wrong person in more than 1% of matches
# description: >-
#   The system matches records about people across databases, and more than
#   1% of its matches link records of different people or miss the same
#   person (`matching.falseMatchRate` above 0.01). One wrong match in a
#   hundred is a poor result for linkage used on individuals: it is worse
#   than what careful linkage of administrative registers with shared
#   identifiers achieves, and at the scale of a public register it means
#   thousands of people whose file holds someone else's income, address or
#   record. Data must be accurate for its purpose. Matches that lead to
#   decisions with legal effect or to measures such as an investigation or
#   a suspension are reported, more severely, by DRIA-DEC-018.
# custom:
#   id: DRIA-DEC-017
#   severity: medium
#   likelihood: likely
#   rights: [privacy, fair-trial]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 5}
#     - {framework: GDPR, ref: Art 16}
#     - {framework: EU-AIA, ref: Art 15}
#   remediation: >-
#     Improve the linkage (better identifiers, clerical review of uncertain
#     pairs) until wrong matches are well under 1%, check every match by hand
#     before it is used about a person, let people see and correct the
#     records linked to them, and publish the measured rates.
package dria.rules.decisions.false_matches

import data.dria.lib

applies if {
	lib.stated(["spec", "decisions", "matching", "falseMatchRate"])
	lib.question_applies("decisions.matching")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.false_match_rate > 0.01
	not lib.significant_decision
	msg := concat("", [lib.false_match_text, lib.false_match_evidence_text])
	paths := ["/spec/decisions/matching/falseMatchRate"]
}
