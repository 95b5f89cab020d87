# METADATA
# title: People are not told, or not stated to be told, that the system is used on them
# description: >-
#   The system profiles people, decides about them or watches them, but they
#   are not told that it is used on them (`noticeToAffected: false`), or,
#   where the stakes are high (decisions with legal effect or measures
#   weighing like them, public spaces, covert monitoring, profiling or
#   scoring), the description does not say that they are. People who do not know that a model
#   scored them, or that a camera matched their face, cannot ask for their
#   data, correct errors, object or challenge the outcome: every other right
#   depends on this notice. GDPR Art 13 and 14 require controllers to inform
#   people, including where data is obtained from other sources and, for
#   automated decisions, about the logic involved; the AI Act requires
#   deployers of high-risk AI that decide about people to tell them. The
#   Hague District Court struck down SyRI in part because people had no way
#   of knowing they had been flagged. Not applicable to a system that
#   touches no one, or when notice is marked not applicable.
# custom:
#   id: DRIA-TRANS-002
#   severity: medium
#   likelihood: likely
#   rights: [privacy, fair-trial, remedy]
#   category: transparency
#   references:
#     - {framework: GDPR, ref: Art 13}
#     - {framework: GDPR, ref: Art 14}
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Tell every person, before or when the system is first used on them and
#     in plain language, that it is used, for what purpose, which data it
#     draws on and from where, whether it decides or informs a decision, and
#     how to get human review, object, complain or appeal. Individual notices
#     with the decision itself are needed where the system decides; signage
#     and published notices where it monitors spaces.
package dria.rules.transparency.notice_to_affected

import data.dria.lib

applies if {
	watched
	lib.question_applies("transparency.noticeToAffected")
}

watched if lib.decides_about_people

watched if lib.ai_used

watched if input.spec.surveillance.publicSpaces == true

watched if covert_monitoring

findings contains {"msg": msg, "paths": paths} if {
	input.spec.transparency.noticeToAffected == false
	msg := sprintf(
		"people are not told that the system is used on them (`noticeToAffected: false`)%s, although it %s %s",
		[after_text, use_text, lib.people_text],
	)
	paths := array.concat(use_paths, ["/spec/transparency/noticeToAffected"])
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "transparency", "noticeToAffected"])
	high_stakes
	msg := sprintf("the system %s %s, and whether they are told it is used on them is not stated", [
		use_text,
		lib.people_text,
	])
	paths := array.concat(use_paths, ["/spec/transparency"])
}

# Contexts where a missing answer about notice counts: decisions with legal
# effect, monitoring of public spaces, covert monitoring, biometric or
# profiling techniques.
high_stakes if {
	lib.decides_about_people
	lib.significant_decision
}

high_stakes if count(lib.scoring_methods) > 0

high_stakes if input.spec.surveillance.publicSpaces == true

high_stakes if covert_monitoring

high_stakes if count(lib.techniques & covert_techniques) > 0

covert_techniques := {
	"risk-scoring", "profiling", "facial-recognition", "remote-biometric-identification",
	"emotion-recognition", "biometric-categorisation", "predictive-policing", "social-scoring",
}

# Interception and location tracking are often secret while they run;
# people must still be told afterwards, once that no longer defeats the
# purpose.
covert_monitoring if input.spec.surveillance.lawfulInterception == true

covert_monitoring if input.spec.surveillance.locationTracking == true

# The use that makes notice matter most, in order of precedence.
default use := "model"

use := "legal-effect" if {
	lib.decides_about_people
	lib.significant_decision
} else := "techniques" if {
	count(lib.techniques) > 0
} else := "public-spaces" if {
	input.spec.surveillance.publicSpaces == true
} else := "covert" if {
	covert_monitoring
} else := "decisions" if {
	lib.decides_about_people
}

use_texts := {
	"legal-effect": sprintf("takes part in decisions %s (`automation: %s`) about", [
		effect_words,
		object.get(input, ["spec", "decisions", "automation"], ""),
	]),
	"techniques": sprintf("applies %s to", [lib.quote_all(lib.techniques)]),
	"public-spaces": "monitors public spaces (`surveillance.publicSpaces: true`) used by",
	"covert": "intercepts communications of, or tracks the location of,",
	"decisions": sprintf("takes part in decisions (`automation: %s`) about", [object.get(
		input,
		["spec", "decisions", "automation"],
		"",
	)]),
	"model": "uses a model (`ai.used: true`) on",
}

use_paths_by := {
	"legal-effect": ["/spec/decisions/automation", effect_where],
	"techniques": ["/spec/ai/techniques"],
	"public-spaces": ["/spec/surveillance/publicSpaces"],
	"covert": ["/spec/surveillance"],
	"decisions": ["/spec/decisions/automation"],
	"model": ["/spec/ai/used"],
}

# The weight of the decisions, defined for every input so that the tables
# above are.
default effect_words := ""

effect_words := lib.effect_text

default effect_where := "/spec/decisions"

effect_where := lib.effect_path

use_text := use_texts[use]

use_paths := use_paths_by[use]

default after_text := ""

after_text := ", not even after the surveillance has ended" if use == "covert"
