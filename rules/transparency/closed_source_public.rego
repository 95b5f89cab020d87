# METADATA
# title: Closed source code for a public decision system, with no auditor access
# description: >-
#   A public body decides about people with legal effect using software whose
#   code nobody outside the organisation may read, not even independent
#   auditors. Whether the program applies the law as written cannot then be
#   checked by the people it decides about, courts or civil society. In Spain
#   the government refused to release the code of BOSCO, the program that
#   decides who receives the electricity social bonus, although an
#   independent analysis had found it wrongly refused eligible people.
#   Transparent and accountable public institutions require that such code be
#   open, or at least open to independent auditors. Measures that weigh like
#   a legal effect (an investigation, a suspension) count as such.
# custom:
#   id: DRIA-TRANS-004
#   severity: medium
#   likelihood: possible
#   rights: [fair-trial, remedy, participation]
#   category: transparency
#   references:
#     - {framework: OECD-DD, ref: Key area 2}
#     - {framework: WARSAW, ref: P16}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Publish the source code and the rules it implements under an open
#     licence, or at the very least grant independent auditors, the
#     supervisory authority and courts access to it and to test data. Make
#     code access a condition of procurement contracts, so that vendors'
#     trade-secret claims cannot block scrutiny of public decisions.
package dria.rules.transparency.closed_source_public

import data.dria.lib

applies if {
	lib.is_public_sector
	lib.decides_about_people
	lib.question_applies("transparency.sourceCode")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.significant_decision
	input.spec.transparency.sourceCode == "closed"
	msg := sprintf(
		concat(" ", [
			"the code of this public system, which takes part in decisions %s (`automation: %s`)",
			"on %s%s, is closed to everyone outside the organisation, auditors included (`sourceCode: closed`)%s",
		]),
		[lib.effect_text, lib.automation, lib.people_text, domain_text, audit_text],
	)
	paths := [
		"/spec/context/sector",
		"/spec/decisions/automation",
		lib.effect_path,
		"/spec/transparency/sourceCode",
		"/spec/accountability/audits",
	]
}

default domain_text := ""

domain_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0

independent_audits := [a | some a in input.spec.accountability.audits; a.type in {"external", "regulator"}]

default audit_text := ""

audit_text := ", and no external or regulator audit is listed" if count(independent_audits) == 0
