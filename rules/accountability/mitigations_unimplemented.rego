# METADATA
# title: System in production while its mitigations are only planned
# description: >-
#   The system is already in production, affects people in decisions that
#   matter, and every mitigation the description lists is still planned or in
#   progress. People bear the risks the mitigations were meant to reduce for as
#   long as they remain unimplemented; UNGP 19 asks organisations to act on
#   what their assessments find, not only to plan.
# custom:
#   id: DRIA-ACC-011
#   severity: medium
#   likelihood: likely
#   rights: [remedy, non-discrimination]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "19"}
#     - {framework: EU-AIA, ref: Art 26}
#   remediation: >-
#     Implement the mitigations for the most severe findings before further
#     use, or restrict the system (for example to assistive use with human
#     decision-makers) until they are in place; record evidence when they are.
package dria.rules.accountability.mitigations_unimplemented

import data.dria.lib

applies if {
	input.spec.context.lifecycle == "production"
	count(input.spec.mitigations) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	every m in input.spec.mitigations {
		m.status != "implemented"
	}
	ids := [sprintf("`%s` (%s)", [m.id, m.status]) | some m in input.spec.mitigations]
	msg := sprintf("the system is in production and decides about %s, but none of its %d mitigations is implemented: %s", [
		lib.people_text,
		count(ids),
		concat(", ", ids),
	])
	paths := array.concat(
		["/spec/context/lifecycle", "/spec/decisions/automation"],
		[sprintf("/spec/mitigations/%d/status", [i]) | some i, _ in input.spec.mitigations],
	)
}
