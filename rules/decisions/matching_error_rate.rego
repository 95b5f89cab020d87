# METADATA
# title: Records matched across databases with no stated error rate
# description: >-
#   The system matches or links records about the same person across
#   databases or registers (`decisions.methods: record-matching`, or two or
#   more `decisions.matching.databases`), and the description does not say
#   how often a match links records of different people or misses the same
#   person (`matching.falseMatchRate`). Matching is never perfect: names are
#   spelt differently, dates are wrong, identifiers are shared or reused,
#   and the errors fall hardest on people with common or transliterated
#   names. Australia's Robodebt matched tax and welfare records and raised
#   debts that were not owed; the Dutch SyRI system linked a whole
#   neighbourhood's records. Data must be accurate for its purpose, and a
#   decision that rests on a match of unknown reliability cannot be shown to
#   be. Not applicable when the error rate is marked not applicable.
# custom:
#   id: DRIA-DEC-016
#   severity: medium
#   likelihood: likely
#   rights: [privacy, fair-trial, non-discrimination]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 5}
#     - {framework: EU-AIA, ref: Art 15}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Measure the false-match and missed-match rates of the linkage on a
#     sample checked by hand, overall and for names from different language
#     groups; state `decisions.matching.falseMatchRate` with the evidence;
#     and never act on a match that a person has not verified against the
#     source records.
package dria.rules.decisions.matching_error_rate

import data.dria.lib

matching := object.get(input, ["spec", "decisions", "matching"], {})

databases := [d | some d in matching.databases]

matches if "record-matching" in lib.automated_methods

matches if count(databases) >= 2

applies if {
	matches
	lib.question_applies("decisions.matching.falseMatchRate")
}

findings contains {"msg": msg, "paths": paths} if {
	matches
	lib.absent(["spec", "decisions", "matching", "falseMatchRate"])
	msg := sprintf(
		"records about %s are matched %s, and how often a match links records of different people is not stated%s",
		[lib.people_text, across_text, adverse_text],
	)
	paths := array.concat(["/spec/decisions/matching/falseMatchRate"], what_paths)
}

default across_text := "(`record-matching`)"

across_text := sprintf("across %s", [lib.quote_all(databases)]) if count(databases) >= 2

default adverse_text := ""

adverse_text := sprintf(", although the matches feed decisions %s", [lib.effect_text]) if lib.significant_decision

what_paths := array.concat(
	["/spec/decisions/methods" | "record-matching" in lib.automated_methods],
	["/spec/decisions/matching/databases" | count(databases) >= 2],
)
