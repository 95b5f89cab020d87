# METADATA
# title: Impact assessment found inadequate by an authority, audit or court
# description: >-
#   An impact assessment of the system (a DPIA, a human-rights, fundamental
#   rights or algorithmic impact assessment) was found inadequate by an
#   authority, an audit or a court. It does not count as done: the rules that
#   ask for an assessment treat it as missing, and this finding records the
#   finding itself, so that an assessment on paper is not mistaken for one
#   that weighed the risks. Kenya's High Court held the roll-out of
#   Huduma Namba unlawful for want of an adequate DPIA (2021) and found
#   Worldcoin's processing done without one or with an inadequate one (2025).
# custom:
#   id: DRIA-ACC-013
#   severity: medium
#   likelihood: almost-certain
#   rights: [privacy, non-discrimination]
#   category: accountability
#   references:
#     - {framework: GDPR, ref: Art 35}
#     - {framework: UNGP, ref: "17"}
#     - {framework: UNGP, ref: "18"}
#     - {framework: EU-AIA, ref: Art 27}
#   remediation: >-
#     Redo the assessment so that it answers every point of the finding:
#     describe the processing and its necessity, assess the risks with the
#     people affected, decide measures for each risk; have it reviewed by
#     whoever found the first one inadequate, or an independent expert, and
#     do not extend the system until it holds.
package dria.rules.accountability.assessment_found_inadequate

import data.dria.lib

applies if count(input.spec.accountability.impactAssessments) > 0

findings contains {"msg": msg, "paths": [sprintf("/spec/accountability/impactAssessments/%d/status", [i])]} if {
	some i, a in lib.inadequate_assessments
	msg := sprintf("the %s impact assessment%s was found inadequate%s, so it does not count as done for %s", [
		lib.quote(a.type),
		lib.assessment_date_text(a),
		lib.source_text(a),
		sprintf("a system affecting %s", [lib.people_text]),
	])
}
