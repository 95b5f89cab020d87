# METADATA
# title: Last bias test of a model or score is more than 12 months old
# description: >-
#   The results of a model or score that shapes decisions about people have
#   been compared across groups, but the last evaluation
#   (`ai.biasTesting.lastRun`) is more than a year old. A test run on an
#   earlier model version, an earlier formula or last year's data says
#   little about today's system: populations, data and thresholds drift,
#   and a model that was fair at launch can stop being so. Evaluations must
#   be repeated as the system and its data change. Split from DRIA-FAIR-004,
#   which checks which groups the testing covers.
# custom:
#   id: DRIA-FAIR-009
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: EU-AIA, ref: Art 10}
#     - {framework: EU-AIA, ref: Art 72}
#     - {framework: UNGP, ref: "20"}
#   remediation: >-
#     Run the evaluation again on the current version and recent data, record
#     the date and evidence in `ai.biasTesting`, and repeat it at least every
#     twelve months and after each retraining or change of the formula.
package dria.rules.fairness.bias_testing_stale

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.automated_scoring
	input.spec.ai.biasTesting.performed == true
	lib.question_applies("ai.biasTesting.lastRun")
}

# Once tested, a model that flags people for the authorities' attention
# counts too (as in DRIA-FAIR-004).
decision_domains := lib.decision_domains | {"surveillance"}

decision_context if {
	count(lib.domains & decision_domains) > 0
	lib.may_be_significant
}

decision_context if lib.significant_decision

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if not lib.ai_used

findings contains {"msg": msg, "paths": paths} if {
	decision_context
	lib.bias_testing.performed == true
	days := lib.days_since(lib.bias_testing.lastRun)
	days > 365
	msg := sprintf(
		"the last bias test of %s that shapes %s decisions affecting %s was run on %s, %s days ago (more than 12 months)",
		[what, lib.quote(lib.automation), lib.people_text, lib.quote(lib.bias_testing.lastRun), lib.fmt_int(days)],
	)
	paths := ["/spec/ai/biasTesting/lastRun"]
}
