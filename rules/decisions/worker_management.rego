# METADATA
# title: Tracked workers managed by an algorithm with a safeguard missing
# description: >-
#   Workers' location or activity is tracked and a model, a rule-based score
#   or a points system scores them for decisions that affect their work
#   (access to shifts, pay, discipline, deactivation), or an automated system
#   allocates, ranks or deactivates them, and at least one safeguard is
#   missing: review by a trained manager who can override the score (where
#   the system decides; a review found inadequate counts as missing),
#   reasons for the decision, or a way to contest it. This is the pattern of food-delivery platforms' rider ranking
#   that the Italian data protection authority sanctioned (Foodinho/Glovo and
#   Deliveroo, 2021) and that the Bologna court found discriminatory because
#   it penalised riders who were absent for illness or a strike, and of
#   warehouse productivity scoring fined by the French CNIL. It subjects
#   people to constant monitoring and to sanctions they cannot understand or
#   challenge, and can cost them their livelihood overnight: the AI Act lists
#   such work-allocation and monitoring systems as high-risk. Penalising
#   absence without regard to its reasons is reported by DRIA-DEC-020; a
#   safeguard marked not applicable is not asked.
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

applies if {
	"employment" in lib.domains
	lib.decision_question_applies("decisions")
}

findings contains {"msg": msg, "paths": paths} if {
	"employment" in lib.domains
	managed
	lib.may_be_significant
	count(monitoring) > 0
	count(missing) > 0
	msg := sprintf(
		"%s are tracked (%s) and %s %s decisions about their work affecting %s, without %s",
		[
			workers_text, concat(", ", sort(monitoring)), managed_text, lib.quote(lib.automation),
			lib.people_text, concat("; ", sort(missing)),
		],
	)
	paths := array.concat(
		array.concat(["/spec/context/domains", "/spec/decisions/automation"], sort(monitoring_paths)),
		sort(missing_paths),
	)
}

# Algorithmic management: the system decides with a model or score, or a
# score informs the manager, or the system itself allocates, ranks or
# deactivates workers.
managed if {
	lib.automated_decisions
	lib.automated_scoring
}

managed if {
	lib.automated_decisions
	count(lib.effects & {"work-allocation", "ranking", "deactivation"}) > 0
}

managed if {
	lib.automation == "assistive"
	count(lib.scoring) > 0
}

# How the algorithm manages them: a score, or the system's own allocation,
# ranking or deactivation.
default managed_text := "scored for"

managed_text := sprintf("scored%s for", [lib.methods_text]) if {
	count(lib.automated_methods - {"machine-learning"}) > 0
} else := sprintf("subject to %s through", [lib.quote_all(work_effects)]) if {
	not lib.automated_scoring
}

work_effects := lib.effects & {"work-allocation", "ranking", "deactivation"}

default workers_text := "workers"

workers_text := "gig workers" if "gig-workers" in lib.groups

monitoring contains "`locationTracking: true`" if input.spec.surveillance.locationTracking == true

monitoring contains "`sensors` data" if "sensors" in input.spec.data.sources

# Geolocation of workers processed for decisions about their work is
# location monitoring, however it is collected.
monitoring contains "`location` data" if "location" in lib.categories

monitoring_paths contains "/spec/surveillance/locationTracking" if input.spec.surveillance.locationTracking == true

monitoring_paths contains "/spec/data/sources" if "sensors" in input.spec.data.sources

monitoring_paths contains "/spec/data/categories" if "location" in lib.categories

hr := lib.human_review

# Review counts when a trained manager can change the outcome and the review
# was not found inadequate. Where a manager decides with the score's help
# (`automation: assistive`), the manager is the review.
effective_review if {
	lib.overriding_review
	hr.trained == true
}

effective_review if lib.automation == "assistive"

explained if input.spec.decisions.explanation.provided == true

contestable if input.spec.accountability.appeal.available == true

# A safeguard is missing when it is not in place and its question applies
# (not marked not applicable).
no_review if {
	not effective_review
	lib.decision_question_applies("decisions.humanReview")
}

no_reasons if {
	not explained
	lib.decision_question_applies("decisions.explanation")
}

no_contest if {
	not contestable
	lib.decision_question_applies("accountability.appeal")
}

missing contains concat("", ["review by a trained manager who can override the score", lib.review_note]) if no_review

missing contains "reasons given to the worker" if no_reasons

missing contains "a way to contest the decision" if no_contest

missing_paths contains "/spec/decisions/humanReview" if no_review

missing_paths contains "/spec/decisions/explanation" if no_reasons

missing_paths contains "/spec/accountability/appeal" if no_contest
