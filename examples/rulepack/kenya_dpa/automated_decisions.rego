# METADATA
# title: Solely automated decisions in Kenya without human intervention
# description: >-
#   Section 35 of Kenya's Data Protection Act, 2019 gives people the right not
#   to be subject to a decision based solely on automated processing, including
#   profiling, that produces legal or similarly significant effects, unless an
#   exception applies with safeguards such as human intervention.
# custom:
#   id: KE-DPA-002
#   severity: high
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.35}
#   remediation: >-
#     Give people a way to obtain human intervention and to contest each
#     decision, or keep a person with authority to override in every decision
#     with legal effect.
package dria.rules.kenya_dpa.automated_decisions

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if ke.deployed_in_kenya

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.automation == "full"
	input.spec.decisions.legalEffect == true
	not human_intervention
	msg := sprintf(
		"decisions with legal effect on %s in Kenya are fully automated with no human intervention available",
		[lib.people_text],
	)
	paths := ["/spec/decisions/automation", "/spec/decisions/legalEffect", "/spec/decisions/humanReview"]
}

human_intervention if input.spec.decisions.humanReview.available == true
