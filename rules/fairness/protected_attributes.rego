# METADATA
# title: Protected characteristics used directly as inputs or criteria for decisions about people
# description: >-
#   A model, a points system, a rule-based score or a selection rule that
#   takes or shapes decisions about people uses a protected characteristic
#   directly: nationality, ethnicity, race, migration background, religion,
#   political opinion, trade-union membership, sexual orientation, health or
#   genetic data as model inputs (`ai.protectedAttributes`), or any
#   characteristic listed in `decisions.criteria.protected` (sex, age,
#   disability, pregnancy, family status...) as an input, scoring factor or
#   selection criterion. Treating people differently because of such a
#   characteristic is direct discrimination unless a law specifically
#   allows it and it is proportionate, whether a model learned it or a
#   formula adds points for it. The Dutch tax administration used
#   nationality as a risk indicator for childcare benefits fraud; Austria's
#   employment service scored job-seekers down for being a woman, over 50,
#   disabled or a non-EU national with a points formula, not machine
#   learning.
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
#     Remove the protected characteristics from the inputs, scoring factors and
#     selection criteria and rebuild the model or formula, then test the new
#     results by those characteristics, because other inputs may carry the
#     same information. Keep a protected characteristic only where a specific
#     law requires it for this decision, and document that legal basis; use
#     such data for bias testing, not for deciding.
package dria.rules.fairness.protected_attributes

import data.dria.lib

applies if {
	lib.decides_about_people
	judged
	lib.question_applies("decisions.criteria.protected")
}

# A model, an automated score or rule, or stated criteria judge people.
judged if lib.automated_scoring

judged if count(criteria) > 0

protected_grounds := {
	"ethnicity", "nationality", "religion", "political-opinion", "trade-union",
	"sexual-orientation", "health", "genetic",
}

# Health, genetic data, disability and pregnancy are clinical facts in
# health care, not grounds of discrimination as such.
default clinical := set()

clinical := {"health", "genetic", "disability", "pregnancy"} if "health" in lib.domains

used contains i if {
	some i, a in input.spec.ai.protectedAttributes
	a in protected_grounds
	not a in clinical
}

criteria contains i if {
	some i, c in input.spec.decisions.criteria.protected
	not c in clinical
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.may_be_significant
	count(used) + count(criteria) > 0
	attrs := {a | some i, a in input.spec.ai.protectedAttributes; i in used} | {c |
		some i, c in input.spec.decisions.criteria.protected
		i in criteria
	}
	msg := sprintf(
		"uses %s directly as %s for %s decisions%s%s affecting %s",
		[lib.quote_all(attrs), as_text, lib.quote(lib.automation), lib.methods_text, domains_text, lib.people_text],
	)
	paths := array.concat(
		array.concat(
			[sprintf("/spec/ai/protectedAttributes/%d", [i]) | some i in sort([i | some i in used])],
			[sprintf("/spec/decisions/criteria/protected/%d", [i]) | some i in sort([i | some i in criteria])],
		),
		["/spec/decisions/automation"],
	)
}

default as_text := "model inputs"

as_text := "inputs or criteria" if count(criteria) > 0

default domains_text := ""

domains_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0
