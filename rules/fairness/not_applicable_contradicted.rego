# METADATA
# title: Bias testing marked not applicable although a model or score decides about people
# description: >-
#   Bias testing (`ai.biasTesting`, or the whole `ai` section) is marked not
#   applicable in `spec.notApplicable`, but the description says a model, a
#   rule-based score, a points system or record matching takes part in
#   decisions about people that have legal effect or lead to measures such
#   as an investigation or a suspension. A question marked not applicable is
#   not asked, so the rules on bias testing fall silent; any system that
#   sorts people can treat groups differently, whether it learns from data or
#   adds up points, so the claim is reported with its reason and the facts
#   that contradict it.
# custom:
#   id: DRIA-FAIR-018
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: EU-AIA, ref: Art 10}
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#   remediation: >-
#     Remove the claim from `spec.notApplicable` and test the system's results
#     across the groups it affects (or state `ai.biasTesting.performed:
#     false` until that is done).
package dria.rules.fairness.not_applicable_contradicted

import data.dria.lib

claims[i] := entry if {
	some i, entry in input.spec.notApplicable
	entry.field in {"ai", "ai.biasTesting", "ai.biasTesting.performed"}
}

applies if count(claims) > 0

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if not lib.ai_used

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.automated_scoring
	lib.significant_decision
	some i, entry in claims
	msg := sprintf(
		"%s is marked not applicable (reason: %s), but %s takes part in %s decisions %s on %s",
		[lib.quote(entry.field), lib.quote(entry.reason), what, lib.quote(lib.automation), lib.effect_text, lib.people_text],
	)
	paths := [sprintf("/spec/notApplicable/%d", [i]), "/spec/decisions/automation", lib.effect_path]
}
