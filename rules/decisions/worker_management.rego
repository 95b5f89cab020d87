# METADATA
# title: Tracked workers scored and sanctioned by an algorithm without safeguards
# description: >-
#   Workers' location or activity is tracked and a model scores them for
#   decisions that affect their work (access to shifts, pay, discipline,
#   deactivation), and at least one safeguard is missing: review by a trained
#   manager who can override the score, reasons for the decision, or a way to
#   contest it. This is the pattern of food-delivery platforms' rider ranking
#   that the Italian data protection authority sanctioned (Foodinho/Glovo and
#   Deliveroo, 2021) and that the Bologna court found discriminatory because
#   it penalised riders who were absent for illness or a strike, and of
#   warehouse productivity scoring fined by the French CNIL. It subjects
#   people to constant monitoring and to sanctions they cannot understand or
#   challenge, and can cost them their livelihood overnight: the AI Act lists
#   such work-allocation and monitoring systems as high-risk.
# custom:
#   id: DRIA-DEC-009
#   severity: high
#   likelihood: likely
#   rights: [work, privacy, non-discrimination, remedy]
#   category: automated-decisions
#   references:
#     - {framework: ICESCR, ref: Art 7}
#     - {framework: UDHR, ref: Art 23}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: EU-AIA, ref: Art 6}
#     - {framework: EU-AIA, ref: Art 26}
#   remediation: >-
#     Let no score alone allocate work, cut pay or end a contract: have a
#     trained manager review each adverse decision with power to override,
#     tell workers which data and factors are used and why a decision was
#     taken, give them a quick way to contest it, exclude lawful absences
#     (illness, strikes, care duties) from performance scores, limit tracking
#     to working time, and consult workers' representatives before deployment.
package dria.rules.decisions.worker_management

import data.dria.lib

applies if "employment" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	"employment" in lib.domains
	lib.automated_decisions
	lib.ai_used
	lib.may_have_legal_effect
	count(monitoring) > 0
	count(missing) > 0
	msg := sprintf(
		"workers are tracked (%s) and scored for %s decisions about their work affecting %s, without %s",
		[concat(", ", sort(monitoring)), lib.quote(lib.automation), lib.people_text, concat("; ", sort(missing))],
	)
	paths := array.concat(
		array.concat(["/spec/context/domains", "/spec/decisions/automation"], sort(monitoring_paths)),
		sort(missing_paths),
	)
}

monitoring contains "`locationTracking: true`" if input.spec.surveillance.locationTracking == true

monitoring contains "`sensors` data" if "sensors" in input.spec.data.sources

# Geolocation of workers processed for decisions about their work is
# location monitoring, however it is collected.
monitoring contains "`location` data" if "location" in lib.categories

monitoring_paths contains "/spec/surveillance/locationTracking" if input.spec.surveillance.locationTracking == true

monitoring_paths contains "/spec/data/sources" if "sensors" in input.spec.data.sources

monitoring_paths contains "/spec/data/categories" if "location" in lib.categories

hr := input.spec.decisions.humanReview

effective_review if {
	hr.available == true
	hr.canOverride == true
	hr.trained == true
}

explained if input.spec.decisions.explanation.provided == true

contestable if input.spec.accountability.appeal.available == true

missing contains "review by a trained manager who can override the score" if not effective_review

missing contains "reasons given to the worker" if not explained

missing contains "a way to contest the decision" if not contestable

missing_paths contains "/spec/decisions/humanReview" if not effective_review

missing_paths contains "/spec/decisions/explanation" if not explained

missing_paths contains "/spec/accountability/appeal" if not contestable
