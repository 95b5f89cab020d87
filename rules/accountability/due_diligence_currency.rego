# METADATA
# title: Human-rights due diligence is not ongoing or is out of date
# description: >-
#   A system with significant effects on people is in use, but its
#   human-rights due diligence was a one-off exercise, is reviewed less than
#   once a year, or rests on an impact assessment more than three years old.
#   Models drift, data sources and uses change, and harms emerge only in
#   operation: the Dutch childcare-benefits and Australian Robodebt schemes
#   ran for years after their initial approval while the damage mounted. UNGP
#   17 calls for due diligence that is ongoing, UNGP 20 for tracking whether
#   responses to impacts work; HUDERIA makes assessment iterative, and GDPR
#   requires data-protection assessments to be reviewed when risks change.
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
#     - {framework: GDPR, ref: Art 35}
#   remediation: >-
#     Make due diligence continuous: review impacts at least every 12 months
#     and whenever the model, data, purpose or population changes; track
#     error and complaint rates by group between reviews; and redo the impact
#     assessment, with the people affected, whenever the last one is more
#     than three years old or no longer describes the system in use.
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

one_off if input.spec.accountability.dueDiligence.ongoing == false

findings contains {"msg": msg, "paths": paths} if {
	one_off
	msg := sprintf(
		"human-rights due diligence is not ongoing (`dueDiligence.ongoing: false`) for a system%s that affects %s",
		[lifecycle_text, lib.people_text],
	)
	paths := ["/spec/accountability/dueDiligence/ongoing"]
}

findings contains {"msg": msg, "paths": paths} if {
	not one_off
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

dated := [[a.date, i] |
	some i, a in input.spec.accountability.impactAssessments
	is_string(a.date)
]

default lifecycle_text := ""

lifecycle_text := sprintf(" in `%s`", [input.spec.context.lifecycle]) if input.spec.context.lifecycle
