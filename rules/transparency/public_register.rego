# METADATA
# title: Public-sector algorithmic system not listed, or not stated to be listed, in a public algorithm register
# description: >-
#   A public body (or a contractor running a public service) uses a model or
#   an automated process (a rule-based score, a points system, record
#   matching) to decide about people, but the system is not listed in a
#   public register of algorithms (`publicRegister.listed: false`), or, where
#   decisions have legal effect or the domain is sensitive, the description
#   does not say that it is. Without a register entry, residents,
#   journalists, courts and oversight bodies cannot learn that the system
#   exists, what it is for and who answers for it, so they cannot scrutinise
#   or contest it. The Dutch SyRI and childcare-benefits scandals ran for years
#   because nobody outside the administration knew which risk models were in
#   use. The OECD digital-democracy action plan calls for open registries of
#   algorithms, the Warsaw Declaration for transparent and accountable public
#   institutions, and the AI Act requires public deployers of high-risk AI to
#   register their use. Not applicable when the register is marked not
#   applicable.
# custom:
#   id: DRIA-TRANS-001
#   severity: medium
#   likelihood: possible
#   rights: [participation, fair-trial, privacy]
#   category: transparency
#   references:
#     - {framework: OECD-DD, ref: Key area 2}
#     - {framework: WARSAW, ref: P16}
#     - {framework: EU-AIA, ref: Art 49}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Publish an entry for the system in the public algorithm or AI register
#     of your administration (or the EU database for high-risk AI): its
#     purpose, the decisions it informs, the data and model used, the
#     responsible unit and contact, the impact assessments and how people can
#     complain or appeal. Record the entry's address in
#     transparency.publicRegister.url and keep it current.
package dria.rules.transparency.public_register

import data.dria.lib

applies if {
	lib.is_public_sector
	algorithmic
	lib.question_applies("transparency.publicRegister")
}

algorithmic if lib.automated_scoring

algorithmic if lib.decides_about_people

findings contains {"msg": msg, "paths": paths} if {
	input.spec.transparency.publicRegister.listed == false
	msg := sprintf("%s, and it is not listed in a public algorithm register (`publicRegister.listed: false`)", [what])
	paths := array.concat(what_paths, ["/spec/transparency/publicRegister/listed"])
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "transparency", "publicRegister", "listed"])
	high_stakes
	msg := sprintf("%s, and whether it is listed in a public algorithm register is not stated", [what])
	paths := array.concat(what_paths, ["/spec/transparency/publicRegister"])
}

# Decisions with legal effect or a rights-sensitive domain make a missing
# answer about the register count.
high_stakes if lib.significant_decision

high_stakes if count(lib.domains & lib.sensitive_domains) > 0

what := sprintf("this system of the %s sector (`sector: %s`)%s %s %s", [
	sector_word,
	input.spec.context.sector,
	domain_text,
	doing,
	lib.people_text,
])

default sector_word := "contracted public"

sector_word := "public" if input.spec.context.sector == "public"

default domain_text := ""

domain_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0

default doing := "uses a model (`ai.used: true`) on"

doing := sprintf("uses %s on", [lib.quote_all(lib.techniques)]) if {
	count(lib.techniques) > 0
} else := sprintf("uses %s on", [lib.quote_all(lib.automated_methods)]) if {
	count(lib.automated_methods) > 0
} else := sprintf("takes part in decisions (`automation: %s`) about", [lib.automation]) if {
	lib.decides_about_people
}

default doing_path := "/spec/ai/used"

doing_path := "/spec/ai/techniques" if {
	count(lib.techniques) > 0
} else := "/spec/decisions/methods" if {
	count(lib.automated_methods) > 0
} else := "/spec/decisions/automation" if {
	lib.decides_about_people
}

what_paths := ["/spec/context/sector", doing_path]
