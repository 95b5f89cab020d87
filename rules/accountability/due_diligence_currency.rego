# METADATA
# title: Human-rights due diligence is a one-off exercise
# description: >-
#   A system with significant effects on people is in use, but its
#   human-rights due diligence was a one-off exercise
#   (`dueDiligence.ongoing: false`). Models drift, data sources and uses
#   change, and harms emerge only in operation: the Dutch childcare-benefits
#   and Australian Robodebt schemes ran for years after their initial
#   approval while the damage mounted. UNGP 17 calls for due diligence that
#   is ongoing, UNGP 20 for tracking whether responses to impacts work;
#   HUDERIA makes assessment iterative, and GDPR requires data-protection
#   assessments to be reviewed when risks change.
# custom:
#   id: DRIA-ACC-006
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
#     Make due diligence continuous: review impacts at least every 12 months
#     and whenever the model, data, purpose or population changes, and track
#     error and complaint rates by group between reviews.
package dria.rules.accountability.due_diligence_currency

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

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.dueDiligence.ongoing == false
	msg := sprintf(
		"human-rights due diligence is not ongoing (`dueDiligence.ongoing: false`) for a system%s that affects %s",
		[lifecycle_text, lib.people_text],
	)
	paths := ["/spec/accountability/dueDiligence/ongoing"]
}

default lifecycle_text := ""

lifecycle_text := sprintf(" in `%s`", [input.spec.context.lifecycle]) if input.spec.context.lifecycle
