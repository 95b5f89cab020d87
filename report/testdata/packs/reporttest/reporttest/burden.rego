# METADATA
# title: People must disprove an automated decision
# description: >-
#   A rule of the report test pack: the person a decision is about has to
#   prove it wrong. The override tests lower its base severity from a second
#   pack.
# custom:
#   id: TEST-DEC-002
#   severity: high
#   likelihood: likely
#   rights: [fair-trial]
#   category: automated-decisions
#   references:
#     - {framework: ECHR, ref: Art 6}
#   remediation: >-
#     Put the burden of proof on the organisation that takes the decision.
package dria.rules.reporttest.burden

findings contains {"msg": msg, "paths": ["/spec/decisions/burdenOfProof"]} if {
	input.spec.decisions.burdenOfProof == "individual"
	msg := "the person concerned must disprove the decision (`burdenOfProof: individual`)"
}
