# METADATA
# title: High-risk AI system not registered by its provider
# description: >-
#   A company provides an AI system used to decide about people in
#   education, employment, access to essential services and benefits or the
#   administration of justice (high-risk areas under Annex III of the AI
#   Act) in the EU, and states that the system is not listed in a public
#   register. Providers must register such systems in the EU database before
#   placing them on the market or putting them into service (Art 49(1)); the
#   public part of the database is how people, employers' works councils,
#   journalists and oversight bodies learn that a system exists and who is
#   answerable for it. Public bodies' own register entries are checked by
#   DRIA-TRANS-001; law enforcement, migration and border systems are
#   registered in a non-public section and are not covered here.
# custom:
#   id: DRIA-AIA-007
#   severity: medium
#   likelihood: possible
#   rights: [remedy]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 49}
#     - {framework: EU-AIA, ref: Art 6}
#   remediation: >-
#     Register the system in the EU database for high-risk AI systems before
#     further sales or use, keep the entry up to date with each substantial
#     modification, and record the entry's address in
#     `transparency.publicRegister`.
package dria.rules.aiact.register

import data.dria.lib

# Annex III areas whose registrations are public (Art 49(4) puts law
# enforcement, migration and border control in a non-public section).
public_areas := lib.domains & {"education", "employment", "social-benefits", "justice"}

# Private providers register the system; public bodies' registration is
# left to DRIA-TRANS-001.
private_provider if {
	input.spec.context.role in {"provider", "provider-and-deployer"}
	not public_body
}

public_body if lib.is_public_sector

applies if {
	lib.ai_used
	lib.in_eea
	count(public_areas) > 0
	private_provider
}

findings contains {"msg": msg, "paths": paths} if {
	lib.ai_used
	lib.in_eea
	lib.decides_about_people
	count(public_areas) > 0
	private_provider
	input.spec.transparency.publicRegister.listed == false
	msg := sprintf(
		concat(" ", [
			"a high-risk AI system deciding about %s in %s is not registered (`publicRegister.listed:",
			"false`), though its provider (`role: %s`) must register it in the EU database",
		]),
		[lib.people_text, lib.quote_all(public_areas), input.spec.context.role],
	)
	paths := ["/spec/transparency/publicRegister/listed", "/spec/context/domains", "/spec/context/role"]
}
