# METADATA
# title: Decisions affecting children without a published impact assessment
# description: >-
#   The system takes part in decisions with legal or similarly significant
#   effects, or profiles and scores people, and children are among those
#   affected, yet no impact assessment has been published. Children cannot
#   defend their own interests in procurement or design; a published
#   assessment that weighs their best interests, consults them or those who
#   speak for them, and is open to scrutiny is how their interests become a
#   primary consideration rather than an afterthought. Children have been
#   among those hardest hit by benefit and welfare-fraud systems.
# custom:
#   id: DRIA-CHILD-002
#   severity: medium
#   likelihood: likely
#   rights: [child-rights]
#   category: children
#   references:
#     - {framework: CRC, ref: Art 3}
#     - {framework: EU-CFR, ref: Art 24}
#     - {framework: UNGP, ref: "18"}
#     - {framework: UNGP, ref: "21"}
#     - {framework: GDPR, ref: Art 35}
#   remediation: >-
#     Carry out a child-rights impact assessment (alone or within the DPIA or
#     human-rights impact assessment) that identifies how the system affects
#     children, consults children and their representatives, and states how
#     their best interests are protected; publish it and act on its findings
#     before further use.
package dria.rules.children.decisions_without_assessment

import data.dria.lib

profiling_techniques := {"profiling", "risk-scoring", "predictive-policing", "social-scoring"}

consequential contains {
	"text": sprintf("decisions with legal effect (`automation: %s`)", [lib.automation]),
	"path": "/spec/decisions",
} if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

consequential contains {
	"text": lib.quote_all(lib.techniques & profiling_techniques),
	"path": "/spec/ai/techniques",
} if {
	count(lib.techniques & profiling_techniques) > 0
}

consequential contains {
	"text": sprintf("measures against people (%s)", [lib.quote_all(lib.significant_effects)]),
	"path": "/spec/decisions/effects",
} if {
	count(lib.significant_effects) > 0
}

applies if {
	lib.children_affected
	count(consequential) > 0
}

# A published assessment found inadequate by an authority, audit or court
# does not count.
published_assessment if {
	some a in input.spec.accountability.impactAssessments
	a.published == true
	not lib.found_inadequate(a)
}

all_types := {"hria", "dpia", "fria", "aia", "other"}

default gap_text := "no impact assessment has been published"

gap_text := "no impact assessment is stated" if {
	lib.absent(["spec", "accountability", "impactAssessments"])
} else := sprintf("no impact assessment has been published that holds (%s)", [notes]) if {
	some a in input.spec.accountability.impactAssessments
	a.published == true
	lib.found_inadequate(a)
	notes := concat("; ", lib.inadequate_assessment_notes(all_types))
}

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	count(consequential) > 0
	not published_assessment
	msg := sprintf("the system is used for %s affecting %s, including children, and %s", [
		concat(" and ", sort([c.text | some c in consequential])),
		lib.people_text,
		gap_text,
	])
	paths := array.concat(
		array.concat(lib.children_paths, sort([c.path | some c in consequential])),
		array.concat(["/spec/accountability/impactAssessments"], lib.inadequate_assessment_paths(all_types)),
	)
}
