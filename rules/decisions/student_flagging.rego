# METADATA
# title: Students flagged by risk scores or proctoring software with a safeguard missing
# description: >-
#   Students are risk-scored (by a model or by rule-based scoring or points)
#   or monitored by biometric or emotion analysis (fraud checks on student
#   grants, exam proctoring, misconduct or dropout flags), and a safeguard
#   is missing: they are not told, the flags have not been tested for bias
#   (testing found inadequate or disputed does not count), or the testing
#   leaves out ethnic origin; the finding names which. The Dutch student-finance
#   agency DUO selected students for home visits with a risk profile that an
#   audit found indirectly discriminated against students with a migration
#   background; the Netherlands Institute for Human Rights took up the case
#   of a Black student whose face the VU Amsterdam's proctoring software
#   failed to detect. A flag of suspicion can cost a student their grant,
#   exam or place, and falls hardest on those the model sees least well. A
#   safeguard marked not applicable is not asked.
# custom:
#   id: DRIA-DEC-011
#   severity: medium
#   likelihood: likely
#   rights: [education, non-discrimination, fair-trial, privacy]
#   category: automated-decisions
#   references:
#     - {framework: ICESCR, ref: Art 13}
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 6}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Tell students before they are scored or monitored and how a flag is
#     handled; test flag rates and error rates by ethnic origin, skin tone,
#     disability and sex before use and after each change; treat a flag only
#     as a reason for a human check that presumes good faith; and drop inputs
#     such as type of education or distance to parents that stand in for
#     origin.
package dria.rules.decisions.student_flagging

import data.dria.lib

applies if {
	"education" in lib.domains
	lib.decision_question_applies("decisions")
}

flagging_techniques := {
	"risk-scoring", "facial-recognition", "emotion-recognition",
	"biometric-categorisation", "remote-biometric-identification",
}

# A model's flags, or a rule-based score or points system that selects
# students for checks (DUO's profile was a set of rules, not a model).
used := (lib.techniques & flagging_techniques) | (lib.scoring_methods - {"record-matching"})

findings contains {"msg": msg, "paths": paths} if {
	"education" in lib.domains
	count(used) > 0
	lib.decides_about_people
	count(missing) > 0
	msg := sprintf(
		"students (%s%s) are flagged with %s%s, while %s",
		[lib.people_text, groups_text, lib.quote_all(used), checks_text, concat("; ", sort(missing))],
	)
	paths := array.concat(array.concat(["/spec/context/domains"], used_paths), sort(missing_paths))
}

used_paths := array.concat(
	["/spec/ai/techniques" | count(lib.techniques & flagging_techniques) > 0],
	["/spec/decisions/methods" | count(lib.scoring_methods - {"record-matching"}) > 0],
)

origin_groups := lib.groups & {"people-with-migration-background", "migrants", "ethnic-minorities"}

default groups_text := ""

groups_text := sprintf(", including %s", [lib.quote_all(origin_groups)]) if count(origin_groups) > 0

checks := lib.effects & {"investigation", "home-visit", "questioning-third-parties", "covert-check"}

default checks_text := ""

checks_text := sprintf(" (leading to %s)", [lib.quote_all(checks)]) if count(checks) > 0

told if input.spec.transparency.noticeToAffected == true

bt := lib.bias_testing

covers_origin if {
	some g in bt.groups
	regex.match(`(?i)ethnic|race|racial|origin|skin|colou?r|migra|nationalit`, g)
}

# Each safeguard is asked unless its question is marked not applicable.
no_notice if {
	not told
	lib.question_applies("transparency.noticeToAffected")
}

untested if {
	not lib.bias_tested
	lib.question_applies("ai.biasTesting")
}

narrow if {
	lib.bias_tested
	not covers_origin
	lib.question_applies("ai.biasTesting.groups")
}

missing contains "students are not told (`noticeToAffected: false`)" if {
	input.spec.transparency.noticeToAffected == false
	no_notice
}

missing contains "notice to students is not stated" if {
	lib.absent(["spec", "transparency", "noticeToAffected"])
	no_notice
}

missing contains "the flags have not been tested for bias (`biasTesting.performed: false`)" if {
	bt.performed == false
	untested
}

missing contains "bias testing is not stated" if {
	lib.absent(["spec", "ai", "biasTesting", "performed"])
	untested
}

missing contains sprintf("the bias testing cannot be counted on%s", [lib.bias_testing_note]) if {
	bt.performed == true
	untested
}

missing contains "bias testing does not cover ethnic origin or skin tone" if narrow

missing_paths contains "/spec/transparency/noticeToAffected" if no_notice

missing_paths contains "/spec/ai/biasTesting" if untested

missing_paths contains "/spec/ai/biasTesting/groups" if narrow
