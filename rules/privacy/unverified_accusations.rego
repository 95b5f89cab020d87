# METADATA
# title: Unverified accusations from anonymous tips or informants feed decisions about people
# description: >-
#   Anonymous tips or informants' reports are a source of the data, and the
#   system uses its data to decide about people, trigger measures against
#   them (investigations, home visits, suspensions) or score them. Such
#   accusations are unverified, often wrong, and can be made out of malice,
#   prejudice or a neighbour's dispute; the person accused rarely learns of
#   them or who made them, and so cannot answer them. Data must be accurate,
#   people must be told where data about them came from, and no one should
#   have to disprove an anonymous accusation to keep their benefits or their
#   liberty.
# custom:
#   id: DRIA-PRIV-030
#   severity: medium
#   likelihood: likely
#   rights: [privacy, fair-trial, non-discrimination]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 5(1)(d)}
#     - {framework: GDPR, ref: Art 14(2)(f)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 14}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Never let an anonymous tip or an informant's report count against a
#     person on its own: verify it independently before any measure, record
#     where it came from, tell the person what is alleged so they can answer
#     it, discard tips that are not borne out, and monitor tips for the groups
#     they target.
package dria.rules.privacy.unverified_accusations

import data.dria.lib

accusation_sources := {s | some s in input.spec.data.sources} & {"anonymous-tips", "informants"}

profiling_techniques := {"profiling", "risk-scoring", "predictive-policing", "social-scoring"}

applies if count(accusation_sources) > 0

uses contains {
	"text": sprintf("decisions about people (`automation: %s`)", [lib.automation]),
	"path": "/spec/decisions/automation",
} if {
	lib.decides_about_people
}

uses contains {
	"text": sprintf("measures against them (%s)", [lib.quote_all(lib.significant_effects)]),
	"path": "/spec/decisions/effects",
} if {
	count(lib.significant_effects) > 0
}

uses contains {
	"text": sprintf("scoring (%s)", [lib.quote_all(lib.techniques & profiling_techniques)]),
	"path": "/spec/ai/techniques",
} if {
	count(lib.techniques & profiling_techniques) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	count(accusation_sources) > 0
	count(uses) > 0
	msg := sprintf("unverified accusations (%s) are a source of the data that feed %s, affecting %s%s", [
		lib.quote_all(accusation_sources),
		lib.join_and(sort([u.text | some u in uses])),
		lib.people_text,
		notice_text,
	])
	paths := array.concat(array.concat(["/spec/data/sources"], sort([u.path | some u in uses])), notice_paths)
}

default notice_text := ""

notice_text := ", and people are not told (`noticeToAffected: false`)" if {
	input.spec.transparency.noticeToAffected == false
}

default notice_paths := []

notice_paths := ["/spec/transparency/noticeToAffected"] if input.spec.transparency.noticeToAffected == false
