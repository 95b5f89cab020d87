# METADATA
# title: Model or score deciding about people not shown to be tested for bias
# description: >-
#   A model, a rule-based score, a points system or record matching takes or
#   shapes decisions with significant effects on people, in an area such as
#   benefits, policing, migration, education or health, and its results have
#   not been shown to be broken down and compared across groups: they never
#   were (`biasTesting.performed: false`), the description does not say, or
#   the testing was found inadequate or is disputed (`biasTesting.status`),
#   which does not count as testing done; the finding says which.
#   Without that disaggregated evaluation nobody knows whether the model
#   flags, refuses or misjudges some groups far more often than others, and
#   discrimination continues unseen until a scandal. The AI Act requires
#   high-risk systems' data to be examined for possible biases, and
#   equality law puts the duty to avoid indirect discrimination on whoever
#   uses the system. Hiring and worker systems are covered by DRIA-FAIR-007.
#   Not applicable when bias testing is marked not applicable (a claim that
#   DRIA-FAIR-018 checks).
# custom:
#   id: DRIA-FAIR-003
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: EU-AIA, ref: Art 10}
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: OECD-DD, ref: Key area 2}
#   remediation: >-
#     Before further use, evaluate the model's selection rates and error rates
#     (false positives and false negatives) separately for the groups it
#     affects, including sex, age, disability, ethnic origin or nationality
#     and income; fix or stop the model where the gaps are unjustified;
#     publish the method and results and repeat the evaluation at least
#     yearly and after every retraining.
package dria.rules.fairness.no_bias_testing

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.automated_scoring
	not "employment" in lib.domains
	lib.question_applies("ai.biasTesting")
}

decision_context if {
	count(lib.domains & lib.decision_domains) > 0
	lib.may_be_significant
}

decision_context if {
	lib.significant_decision
	count(lib.domains) == 0
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.automated_scoring
	not "employment" in lib.domains
	decision_context
	not lib.bias_tested
	msg := sprintf(
		"%s shapes %s decisions%s affecting %s%s, and %s",
		[what, lib.quote(lib.automation), domains_text, lib.people_text, groups_text, state_text],
	)
	paths := ["/spec/ai/biasTesting", "/spec/decisions/automation", "/spec/context/domains"]
}

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if {
	not lib.ai_used
	count(lib.automated_methods) > 0
}

bt := lib.bias_testing

default state_text := "no bias testing is stated"

state_text := "its results have never been compared across groups (`biasTesting.performed: false`)" if {
	bt.performed == false
} else := sprintf("its bias testing cannot be counted on%s", [lib.bias_testing_note]) if {
	bt.performed == true
}

default domains_text := ""

domains_text := sprintf(" in %s", [lib.quote_all(lib.domains & lib.decision_domains)]) if {
	count(lib.domains & lib.decision_domains) > 0
}

default groups_text := ""

groups_text := sprintf(" (including %s)", [lib.quote_all(lib.affected_vulnerable)]) if {
	count(lib.affected_vulnerable) > 0
}
