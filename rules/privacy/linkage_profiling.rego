# METADATA
# title: Records linked across databases to profile or decide about people, out of their sight
# description: >-
#   The system links records from several databases (tax, housing, benefits,
#   police, utilities and others) and uses the result to score, profile or
#   decide about people, while the people concerned are not told or the
#   logic and data used are not published. This is the pattern the Hague
#   District Court struck down in the SyRI judgment (2020) as a breach of the
#   right to private life: massive linkage of government data for risk
#   profiling, with no transparency that would let anyone verify or contest
#   it, deployed in poorer neighbourhoods. Linkage multiplies what each
#   record reveals, and secrecy removes the only check on errors and bias.
# custom:
#   id: DRIA-PRIV-009
#   severity: high
#   likelihood: likely
#   rights: [privacy, non-discrimination, fair-trial]
#   category: privacy
#   references:
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 7}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: GDPR, ref: Art 5(1)(a)}
#     - {framework: GDPR, ref: Art 5(1)(b)}
#     - {framework: GDPR, ref: Art 22}
#   remediation: >-
#     Suspend the linkage-based profiling until a specific, published law
#     defines which data may be linked, for what, and with which safeguards;
#     publish the indicators and model logic, tell every person who is
#     flagged and why, test the results for bias across neighbourhoods and
#     groups, and let an independent body review the scheme.
package dria.rules.privacy.linkage_profiling

import data.dria.lib

profiling_techniques := {"profiling", "risk-scoring", "predictive-policing", "social-scoring"}

applies if "data-linkage" in input.spec.data.sources

uses contains {
	"text": sprintf("to run %s", [lib.quote_all(lib.techniques & profiling_techniques)]),
	"path": "/spec/ai/techniques",
} if {
	count(lib.techniques & profiling_techniques) > 0
}

uses contains {
	"text": sprintf("to take automated decisions with legal effect (`automation: %s`)", [lib.automation]),
	"path": "/spec/decisions/automation",
} if {
	lib.automated_decisions
	input.spec.decisions.legalEffect == true
}

uses contains {
	"text": sprintf("to trigger %s", [lib.quote_all(lib.significant_effects)]),
	"path": "/spec/decisions/effects",
} if {
	count(lib.significant_effects) > 0
}

opacity contains {
	"text": "people are not told (`noticeToAffected: false`)",
	"path": "/spec/transparency/noticeToAffected",
} if {
	input.spec.transparency.noticeToAffected == false
}

opacity contains {
	"text": "notice to the people affected is not stated",
	"path": "/spec/transparency/noticeToAffected",
} if {
	lib.absent(["spec", "transparency", "noticeToAffected"])
}

opacity contains {
	"text": "the logic and data are not published (`documentationPublished: false`)",
	"path": "/spec/transparency/documentationPublished",
} if {
	input.spec.transparency.documentationPublished == false
}

opacity contains {
	"text": "publication of the logic and data is not stated",
	"path": "/spec/transparency/documentationPublished",
} if {
	lib.absent(["spec", "transparency", "documentationPublished"])
}

findings contains {"msg": msg, "paths": paths} if {
	"data-linkage" in input.spec.data.sources
	count(uses) > 0
	count(opacity) > 0
	use_texts := sort([u.text | some u in uses])
	opacity_texts := sort([o.text | some o in opacity])
	msg := sprintf("records of %s are linked across databases (`data-linkage`) %s, and %s", [
		lib.people_text,
		concat(" and ", use_texts),
		concat(" and ", opacity_texts),
	])
	paths := array.concat(
		array.concat(["/spec/data/sources"], sort([u.path | some u in uses])),
		sort([o.path | some o in opacity]),
	)
}
