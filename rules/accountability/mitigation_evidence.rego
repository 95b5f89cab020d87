# METADATA
# title: Mitigations claimed as implemented without evidence
# description: >-
#   The description says mitigations are implemented but gives no evidence for
#   them. A safeguard that cannot be checked is a promise, not a fact: UNGP 20
#   asks organisations to track whether their responses to human-rights
#   impacts are effective, and dria does not lower residual risk for
#   unevidenced claims.
# custom:
#   id: DRIA-ACC-010
#   severity: low
#   likelihood: likely
#   rights: [remedy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "20"}
#     - {framework: COE-HUDERIA, ref: ""}
#   remediation: >-
#     Give each implemented mitigation an `evidence` reference that a reviewer
#     can check (an audit report, a test result, a configuration change, a
#     published document), or mark it `in-progress` until it can be evidenced.
package dria.rules.accountability.mitigation_evidence

applies if count(input.spec.mitigations) > 0

findings contains {"msg": msg, "paths": paths} if {
	unevidenced := [i |
		some i, m in input.spec.mitigations
		m.status == "implemented"
		not has_evidence(m)
	]
	count(unevidenced) > 0
	ids := [input.spec.mitigations[i].id | some i in unevidenced]
	msg := sprintf("%d mitigation(s) marked `implemented` give no evidence (%s), so they do not lower the residual risk", [
		count(ids),
		concat(", ", [sprintf("`%s`", [id]) | some id in ids]),
	])
	paths := [sprintf("/spec/mitigations/%d/evidence", [i]) | some i in unevidenced]
}

has_evidence(m) if trim_space(m.evidence) != ""
