# METADATA
# title: Students flagged by risk scores or proctoring software without bias testing or notice
# description: >-
#   Students are risk-scored or monitored by biometric or emotion analysis
#   (fraud checks on student grants, exam proctoring, misconduct or dropout
#   flags), and they are not told, or the model's results have not been
#   tested across ethnic origin and disability. The Dutch student-finance
#   agency DUO selected students for home visits with a risk profile that an
#   audit found indirectly discriminated against students with a migration
#   background; the Netherlands Institute for Human Rights took up the case
#   of a Black student whose face the VU Amsterdam's proctoring software
#   failed to detect. A flag of suspicion can cost a student their grant,
#   exam or place, and falls hardest on those the model sees least well.
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

applies if "education" in lib.domains

flagging_techniques := {
	"risk-scoring", "facial-recognition", "emotion-recognition",
	"biometric-categorisation", "remote-biometric-identification",
}

findings contains {"msg": msg, "paths": paths} if {
	"education" in lib.domains
	used := lib.techniques & flagging_techniques
	count(used) > 0
	lib.decides_about_people
	count(missing) > 0
	msg := sprintf(
		"students (%s) are flagged with %s, while %s",
		[lib.people_text, lib.quote_all(used), concat("; ", sort(missing))],
	)
	paths := array.concat(["/spec/context/domains", "/spec/ai/techniques"], sort(missing_paths))
}

told if input.spec.transparency.noticeToAffected == true

bt := input.spec.ai.biasTesting

tested if bt.performed == true

covers_origin if {
	some g in bt.groups
	regex.match(`(?i)ethnic|race|racial|origin|skin|colou?r|migra|nationalit`, g)
}

missing contains "students are not told (`noticeToAffected: false`)" if {
	input.spec.transparency.noticeToAffected == false
}

missing contains "notice to students is not stated" if lib.absent(["spec", "transparency", "noticeToAffected"])

missing contains "the model has not been tested for bias (`biasTesting.performed: false`)" if bt.performed == false

missing contains "bias testing is not stated" if lib.absent(["spec", "ai", "biasTesting", "performed"])

missing contains "bias testing does not cover ethnic origin or skin tone" if {
	tested
	not covers_origin
}

missing_paths contains "/spec/transparency/noticeToAffected" if not told

missing_paths contains "/spec/ai/biasTesting" if not tested

missing_paths contains "/spec/ai/biasTesting/groups" if {
	tested
	not covers_origin
}
