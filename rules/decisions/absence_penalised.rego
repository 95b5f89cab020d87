# METADATA
# title: Absence penalised with no account taken of legitimate reasons, or none stated
# description: >-
#   The system penalises people for being absent, refusing or being
#   unavailable (`decisions.penalisesAbsence: true`): riders or drivers lose
#   their ranking or their access to work, claimants are sanctioned for a
#   missed appointment, students for missed classes; and legitimate reasons
#   such as illness, care duties, disability or taking part in a strike are
#   not taken into account before the penalty (`legitimateReasonsConsidered:
#   false`), or the description does not say that they are. In December
#   2020 the Bologna court found that Deliveroo's ranking algorithm "Frank"
#   discriminated against riders because it treated absence for illness or a
#   strike like any other cancellation; the Italian data protection authority
#   fined Glovo's Foodinho in 2021 for a similar rating system. A penalty
#   that ignores why someone was absent indirectly discriminates against
#   people who are ill, disabled or care for others, and punishes the
#   exercise of the right to strike. Not applicable when the question is
#   marked not applicable.
# custom:
#   id: DRIA-DEC-020
#   severity: high
#   likelihood: likely
#   rights: [non-discrimination, work, assembly-association, social-security]
#   category: automated-decisions
#   references:
#     - {framework: ICESCR, ref: Art 7}
#     - {framework: ICESCR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-CFR, ref: Art 28}
#     - {framework: CRPD, ref: Art 27}
#   remediation: >-
#     Take illness, care duties, disability, a strike and other legitimate
#     reasons out of the penalty before it applies (let people give the reason
#     simply, and presume good faith), review past penalties that ignored
#     them, and state `decisions.legitimateReasonsConsidered` with the
#     evidence.
package dria.rules.decisions.absence_penalised

import data.dria.lib

applies if {
	input.spec.decisions.penalisesAbsence == true
	lib.question_applies("decisions.legitimateReasonsConsidered")
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.penalisesAbsence == true
	msg := sprintf(
		"the system penalises absence, refusal or unavailability (`penalisesAbsence: true`) of %s%s%s, and %s",
		[lib.people_text, groups_text, effects_text, reasons_text],
	)
	paths := array.concat(
		["/spec/decisions/penalisesAbsence", "/spec/decisions/legitimateReasonsConsidered"],
		["/spec/decisions/effects" | count(penalties) > 0],
	)
}

penalties := lib.effects & {"ranking", "work-allocation", "deactivation", "benefit-suspension", "benefit-reduction"}

default effects_text := ""

effects_text := sprintf(" through %s", [lib.quote_all(penalties)]) if count(penalties) > 0

penalised_groups := lib.groups & {"gig-workers", "workers", "benefit-claimants", "jobseekers", "unemployed", "students"}

default groups_text := ""

groups_text := sprintf(" (%s)", [lib.quote_all(penalised_groups)]) if count(penalised_groups) > 0

reasons_text := concat(" ", [
	"legitimate reasons such as illness, care duties, disability or taking part in a strike",
	"are not taken into account (`legitimateReasonsConsidered: false`)",
]) if {
	input.spec.decisions.legitimateReasonsConsidered == false
} else := concat(" ", [
	"whether legitimate reasons such as illness, care duties, disability or taking part in a",
	"strike are taken into account is not stated",
]) if {
	lib.absent(["spec", "decisions", "legitimateReasonsConsidered"])
}
