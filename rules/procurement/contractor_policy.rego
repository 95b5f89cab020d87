# METADATA
# title: Contractor delivering a public service without a human rights policy
# description: >-
#   A private company delivers a public service through the system, and it
#   states that it has no published human rights policy commitment. When the
#   state contracts out a service that bears on people's rights, the
#   contractor exercises part of the state's responsibility; without a policy
#   commitment approved at the top of the company there is no basis for due
#   diligence, for cooperation with oversight or for remedy when things go
#   wrong. UNGP 16 expects every business to make such a commitment, and
#   UNGP 6 expects states to require it of those they contract with.
# custom:
#   id: DRIA-PROC-003
#   severity: low
#   likelihood: likely
#   rights: [remedy]
#   category: procurement
#   references:
#     - {framework: UNGP, ref: "6"}
#     - {framework: UNGP, ref: "16"}
#   remediation: >-
#     Adopt and publish a human rights policy approved by the board that
#     covers the contracted service, names who is responsible, commits to
#     human rights due diligence and to cooperate with remedy, and is
#     communicated to staff and subcontractors; contracting authorities
#     should make this an award condition.
package dria.rules.procurement.contractor_policy

import data.dria.lib

applies if input.spec.context.sector == "public-service-contractor"

findings contains {"msg": msg, "paths": paths} if {
	input.spec.context.sector == "public-service-contractor"
	no_policy
	msg := sprintf(
		"a `public-service-contractor` serving %s %s",
		[lib.people_text, state_text],
	)
	paths := ["/spec/accountability/policyCommitment", "/spec/context/sector"]
}

no_policy if input.spec.accountability.policyCommitment == false

# Unstated commitment counts where the contractor decides about people with
# legal effect.
no_policy if {
	lib.absent(["spec", "accountability", "policyCommitment"])
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

default state_text := "takes decisions with legal effect and states no human rights policy commitment"

state_text := "has no published human rights policy commitment (`policyCommitment: false`)" if {
	input.spec.accountability.policyCommitment == false
}
