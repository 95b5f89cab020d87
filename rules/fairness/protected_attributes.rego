# METADATA
# title: Protected characteristics used directly as model inputs for decisions
# description: >-
#   A model that takes or shapes decisions about people uses nationality,
#   ethnicity, religion, political opinion, trade-union membership, sexual
#   orientation, health or genetic data directly as inputs. Treating people
#   differently because of such a characteristic is direct discrimination
#   unless a law specifically allows it and it is proportionate. The Dutch
#   tax administration used nationality as a risk indicator for childcare
#   benefits fraud; the data protection authority fined it and the affair
#   brought down the government in 2021.
# custom:
#   id: DRIA-FAIR-001
#   severity: high
#   likelihood: likely
#   rights: [non-discrimination, privacy]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: ECHR, ref: Art 14}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Remove the protected characteristics from the model's inputs and retrain,
#     then test the new model's results by those characteristics, because
#     other inputs may carry the same information. Keep a protected
#     characteristic only where a specific law requires it for this decision,
#     and document that legal basis; use such data for bias testing, not for
#     deciding.
package dria.rules.fairness.protected_attributes

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.ai_used
}

protected_grounds := {
	"ethnicity", "nationality", "religion", "political-opinion", "trade-union",
	"sexual-orientation", "health", "genetic",
}

# Health and genetic data are clinical facts in health care, not grounds of
# discrimination as such.
default clinical := set()

clinical := {"health", "genetic"} if "health" in lib.domains

used contains i if {
	some i, a in input.spec.ai.protectedAttributes
	a in protected_grounds
	not a in clinical
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.may_have_legal_effect
	count(used) > 0
	attrs := {a | some i, a in input.spec.ai.protectedAttributes; i in used}
	msg := sprintf(
		"uses %s directly as model inputs for %s decisions%s affecting %s",
		[lib.quote_all(attrs), lib.quote(lib.automation), domains_text, lib.people_text],
	)
	paths := array.concat(
		[sprintf("/spec/ai/protectedAttributes/%d", [i]) | some i in sort([i | some i in used])],
		["/spec/decisions/automation"],
	)
}

default domains_text := ""

domains_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0
