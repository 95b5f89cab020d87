# METADATA
# title: No published human-rights policy commitment for a high-impact system
# description: >-
#   The organisation that runs a system with significant effects on people
#   (decisions with legal effect, rights-sensitive domains such as welfare,
#   policing, migration, health or elections, or high-risk AI techniques) has
#   not published a commitment to respect human rights. Without a policy
#   approved at the top, stating what is expected of staff and business
#   partners, due diligence, consultation and remedy have no mandate and no
#   owner. UNGP 16 asks every enterprise, and public bodies acting through
#   them, to express this commitment publicly and embed it in operational
#   policies.
# custom:
#   id: DRIA-ACC-001
#   severity: low
#   likelihood: possible
#   rights: [remedy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "16"}
#     - {framework: UNGP, ref: "15"}
#   remediation: >-
#     Adopt a human-rights policy approved at the most senior level, informed
#     by expertise and by consultation with affected people, that states the
#     organisation's commitment and what it expects of staff, suppliers and
#     partners; publish it, and refer to it in the system's procurement,
#     design and operating procedures.
package dria.rules.accountability.policy_commitment

import data.dria.lib

applies if high_impact

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.policyCommitment == false
	msg := sprintf(
		concat(" ", [
			"the organisation has no published human-rights policy",
			"commitment (`policyCommitment: false`), although the system %s",
		]),
		[impact_text],
	)
	paths := array.concat(["/spec/accountability/policyCommitment"], impact_paths)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "policyCommitment"])
	legal_effect
	msg := sprintf(
		"whether the organisation has a published human-rights policy commitment is not stated, although the system %s",
		[impact_text],
	)
	paths := array.concat(["/spec/accountability"], impact_paths)
}

high_risk_techniques := {
	"risk-scoring", "profiling", "facial-recognition", "remote-biometric-identification",
	"emotion-recognition", "biometric-categorisation", "predictive-policing", "social-scoring", "targeting",
}

legal_effect if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

high_impact if legal_effect

high_impact if count(lib.domains & lib.sensitive_domains) > 0

high_impact if count(lib.techniques & high_risk_techniques) > 0

impact_text := sprintf("takes part in decisions with legal effect (`automation: %s`) on %s", [
	lib.automation,
	lib.people_text,
]) if {
	legal_effect
}

else := sprintf("operates in %s and affects %s", [
	lib.quote_all(lib.domains & lib.sensitive_domains),
	lib.people_text,
]) if {
	count(lib.domains & lib.sensitive_domains) > 0
}

else := sprintf("applies %s to %s", [lib.quote_all(lib.techniques & high_risk_techniques), lib.people_text])

default impact_paths := ["/spec/ai/techniques"]

impact_paths := ["/spec/decisions/automation", "/spec/decisions/legalEffect"] if {
	legal_effect
} else := ["/spec/context/domains"] if {
	count(lib.domains & lib.sensitive_domains) > 0
}
