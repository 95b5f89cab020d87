# METADATA
# title: Benefit claimants risk-scored or profiled without basic safeguards
# description: >-
#   People who claim social benefits are scored or profiled to pick out whom
#   to investigate for fraud or error (or how to treat them), and at least
#   one basic safeguard is missing: people are not told they are scored, the
#   model has not been tested for bias, or its logic and data are not
#   published. Hidden risk
#   scoring of a whole population of claimants treats poverty as suspicion,
#   exposes people to intrusive checks and concentrates them on groups the
#   model's proxies single out. The Hague District Court struck down the
#   Dutch SyRI system in 2020 for exactly this lack of transparency and
#   safeguards; Denmark's and France's welfare-fraud scoring have been
#   challenged for discriminating against people with disabilities, migrants
#   and single parents.
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

applies if "social-benefits" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	"social-benefits" in lib.domains
	scoring := lib.techniques & {"risk-scoring", "profiling"}
	count(scoring) > 0
	lib.decides_about_people
	count(missing) > 0
	msg := sprintf(
		"benefit claimants (%s) are scored with %s to target checks or allocate treatment%s, while %s",
		[lib.people_text, lib.quote_all(scoring), linkage_text, concat("; ", sort(missing))],
	)
	paths := array.concat(
		array.concat(["/spec/context/domains", "/spec/ai/techniques"], linkage_paths),
		sort(missing_paths),
	)
}

linked contains s if {
	some s in input.spec.data.sources
	s in {"data-linkage", "third-party-broker", "scraped"}
}

default linkage_text := ""

linkage_text := sprintf(", using %s data", [lib.quote_all(linked)]) if count(linked) > 0

default linkage_paths := []

linkage_paths := ["/spec/data/sources"] if count(linked) > 0

told if input.spec.transparency.noticeToAffected == true

tested if input.spec.ai.biasTesting.performed == true

published if input.spec.transparency.documentationPublished == true

published if input.spec.transparency.publicRegister.listed == true

missing contains "people are not told they are scored (`noticeToAffected: false`)" if {
	input.spec.transparency.noticeToAffected == false
}

missing contains "notice to the people scored is not stated" if {
	lib.absent(["spec", "transparency", "noticeToAffected"])
}

missing contains "the model has not been tested for bias (`biasTesting.performed: false`)" if {
	input.spec.ai.biasTesting.performed == false
}

missing contains "bias testing is not stated" if {
	lib.absent(["spec", "ai", "biasTesting", "performed"])
}

missing contains "the model's logic and data are not published or registered" if not published

missing_paths contains "/spec/transparency/noticeToAffected" if not told

missing_paths contains "/spec/ai/biasTesting" if not tested

missing_paths contains "/spec/transparency/documentationPublished" if not published

missing_paths contains "/spec/transparency/publicRegister" if not published
