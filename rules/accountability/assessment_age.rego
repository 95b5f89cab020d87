# METADATA
# title: Most recent impact assessment is more than three years old
# description: >-
#   A system with significant effects on people is in use, and the most
#   recent impact assessment that holds (not found inadequate) is more than
#   three years old, so it no longer describes the system in use. Models
#   drift, data sources and uses change, and harms emerge only in
#   operation: the Dutch childcare-benefits and Australian Robodebt schemes
#   ran for years after their initial approval while the damage mounted.
#   GDPR requires a DPIA to be reviewed when the risks change, and HUDERIA
#   makes assessment iterative.
# custom:
#   id: DRIA-ACC-016
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
#     Redo the impact assessment, with the people affected, whenever the last
#     one is more than three years old or no longer describes the system in
#     use, and state its date.
package dria.rules.accountability.assessment_age

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
	count(dated) > 0
	latest := max(dated)
	days := lib.days_since(latest[0])
	days > 1095
	a := input.spec.accountability.impactAssessments[latest[1]]
	msg := sprintf(
		"the most recent impact assessment (`%s`, `%s`) is %d years old, so it no longer reflects the system in use",
		[a.type, latest[0], floor(days / 365)],
	)
	paths := [sprintf("/spec/accountability/impactAssessments/%d/date", [latest[1]])]
}

# Assessments found inadequate by an authority, audit or court do not count.
dated := [[a.date, i] |
	some i, a in input.spec.accountability.impactAssessments
	is_string(a.date)
	not lib.found_inadequate(a)
]
