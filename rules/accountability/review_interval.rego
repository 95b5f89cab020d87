# METADATA
# title: Human-rights impacts reviewed less than once a year
# description: >-
#   A system with significant effects on people is in use, and its
#   human-rights impacts are reviewed only every 13 months or more
#   (`dueDiligence.reviewMonths`). Models drift, data sources and uses change
#   and harms emerge in operation faster than that: the Dutch
#   childcare-benefits and Australian Robodebt schemes ran for years after
#   their initial approval while the damage mounted. UNGP 17 calls for due
#   diligence that is ongoing, UNGP 20 for tracking whether responses to
#   impacts work, and HUDERIA makes assessment iterative.
# custom:
#   id: DRIA-ACC-015
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination, privacy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "17"}
#     - {framework: UNGP, ref: "20"}
#     - {framework: COE-HUDERIA, ref: ""}
#     - {framework: GDPR, ref: Art 35(11)}
#   remediation: >-
#     Review impacts at least every 12 months and whenever the model, data,
#     purpose or population changes, and track error and complaint rates by
#     group between reviews.
package dria.rules.accountability.review_interval

import data.dria.lib

applies if {
	high_impact
	not inactive
}

inactive if input.spec.context.lifecycle in {"design", "retired"}

high_impact if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

high_impact if count(lib.domains & lib.sensitive_domains) > 0

high_impact if count(lib.techniques & {
	"risk-scoring",
	"profiling",
	"facial-recognition",
	"remote-biometric-identification",
	"predictive-policing",
	"biometric-categorisation",
	"targeting",
}) > 0

# A one-off exercise is DRIA-ACC-006, whatever interval is stated.
findings contains {"msg": msg, "paths": paths} if {
	object.get(input, ["spec", "accountability", "dueDiligence", "ongoing"], null) != false
	months := input.spec.accountability.dueDiligence.reviewMonths
	months > 12
	msg := sprintf(
		concat(" ", [
			"impacts are reviewed only every %d months (`dueDiligence.reviewMonths:",
			"%d`), less than once a year, for a system that affects %s",
		]),
		[months, months, lib.people_text],
	)
	paths := ["/spec/accountability/dueDiligence/reviewMonths"]
}
