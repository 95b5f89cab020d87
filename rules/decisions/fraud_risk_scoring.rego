# METADATA
# title: Benefit claimants risk-scored or profiled with a basic safeguard missing
# description: >-
#   People who claim social benefits are scored or profiled, by a model or
#   by rule-based scoring, points or record matching, to pick out whom to
#   investigate for fraud or error (or how to treat them), and at least one
#   basic safeguard is missing: people are not told they are scored, the
#   scoring has not been tested for bias (testing found inadequate or
#   disputed does not count), or its logic and data are not published; the
#   finding names which. Hidden risk
#   scoring of a whole population of claimants treats poverty as suspicion,
#   exposes people to intrusive checks and concentrates them on groups the
#   model's proxies single out. The Hague District Court struck down the
#   Dutch SyRI system in 2020 for exactly this lack of transparency and
#   safeguards; Denmark's and France's welfare-fraud scoring have been
#   challenged for discriminating against people with disabilities, migrants
#   and single parents. A safeguard marked not applicable is not asked.
# custom:
#   id: DRIA-DEC-008
#   severity: high
#   likelihood: likely
#   rights: [social-security, privacy, non-discrimination, fair-trial]
#   category: automated-decisions
#   references:
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ECHR, ref: Art 14}
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: EU-AIA, ref: Art 6}
#     - {framework: GDPR, ref: Art 35}
#     - {framework: OECD-DD, ref: Key area 2}
#   remediation: >-
#     Stop scoring claimants until there is a specific legal basis, tell every
#     person that they are scored and with which data, publish the model's
#     logic, inputs and error rates in the algorithm register, test its
#     results by disability, origin, sex, age and household type before use
#     and every year, and never treat a high score as proof of fraud.
package dria.rules.decisions.fraud_risk_scoring

import data.dria.lib

applies if {
	benefits
	lib.decision_question_applies("decisions")
}

# Social benefits, by domain or because benefit claimants are among the
# people affected.
benefits if "social-benefits" in lib.domains

benefits if "benefit-claimants" in lib.groups

findings contains {"msg": msg, "paths": paths} if {
	benefits
	count(lib.scoring) > 0
	lib.decides_about_people
	count(missing) > 0
	msg := sprintf(
		"benefit claimants (%s%s) are scored with %s to target checks or allocate treatment%s%s, while %s",
		[lib.people_text, groups_text, lib.quote_all(lib.scoring), checks_text, linkage_text, concat("; ", sort(missing))],
	)
	paths := array.concat(
		array.concat(array.concat([benefits_path], scoring_paths), linkage_paths),
		sort(missing_paths),
	)
}

default benefits_path := "/spec/affected/groups"

benefits_path := "/spec/context/domains" if "social-benefits" in lib.domains

# Groups that benefit-fraud scoring has singled out: single parents and
# people with a migration background in the Dutch childcare-benefits
# affair, people with disabilities and migrants in Denmark and France.
targeted_groups := lib.groups & {
	"single-parents", "people-with-migration-background", "migrants", "ethnic-minorities",
	"persons-with-disabilities", "low-income", "unemployed", "homeless",
}

default groups_text := ""

groups_text := sprintf(", including %s", [lib.quote_all(targeted_groups)]) if count(targeted_groups) > 0

scoring_paths := array.concat(
	["/spec/ai/techniques" | count(lib.techniques & {"risk-scoring", "profiling"}) > 0],
	["/spec/decisions/methods" | count(lib.scoring_methods) > 0],
)

# What a high score leads to, when the description says so.
checks := lib.effects & {"investigation", "home-visit", "questioning-third-parties", "covert-check"}

default checks_text := ""

checks_text := sprintf(" (leading to %s)", [lib.quote_all(checks)]) if count(checks) > 0

linked contains s if {
	some s in input.spec.data.sources
	s in {"data-linkage", "third-party-broker", "scraped"}
}

default linkage_text := ""

linkage_text := sprintf(", using %s data", [lib.quote_all(linked)]) if count(linked) > 0

default linkage_paths := []

linkage_paths := ["/spec/data/sources"] if count(linked) > 0

published if input.spec.transparency.documentationPublished == true

published if input.spec.transparency.publicRegister.listed == true

# Each safeguard is asked unless its question is marked not applicable.
told if input.spec.transparency.noticeToAffected == true

no_notice if {
	not told
	lib.question_applies("transparency.noticeToAffected")
}

untested if {
	not lib.bias_tested
	lib.question_applies("ai.biasTesting")
}

unpublished if {
	not published
	lib.question_applies("transparency.documentationPublished")
}

missing contains "people are not told they are scored (`noticeToAffected: false`)" if {
	input.spec.transparency.noticeToAffected == false
	no_notice
}

missing contains "notice to the people scored is not stated" if {
	lib.absent(["spec", "transparency", "noticeToAffected"])
	no_notice
}

missing contains "the scoring has not been tested for bias (`biasTesting.performed: false`)" if {
	lib.bias_testing.performed == false
	untested
}

missing contains "bias testing is not stated" if {
	lib.absent(["spec", "ai", "biasTesting", "performed"])
	untested
}

missing contains sprintf("the bias testing cannot be counted on%s", [lib.bias_testing_note]) if {
	lib.bias_testing.performed == true
	untested
}

missing contains "the scoring's logic and data are not published or registered" if unpublished

missing_paths contains "/spec/transparency/noticeToAffected" if no_notice

missing_paths contains "/spec/ai/biasTesting" if untested

missing_paths contains "/spec/transparency/documentationPublished" if unpublished

missing_paths contains "/spec/transparency/publicRegister" if unpublished
