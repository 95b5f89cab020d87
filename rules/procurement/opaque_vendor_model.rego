# METADATA
# title: Public body relies on a closed third-party model that no one independent has audited
# description: >-
#   A public body uses a model bought from a vendor to take or shape
#   decisions about people, the source code is closed, and no external or
#   regulator audit is listed. The state then exercises public power through
#   logic it cannot inspect, explain to the people affected, or defend in
#   court, and depends on the vendor's word that the model is lawful and
#   fair. The UN Guiding Principles expect states to promote respect for
#   human rights by the businesses they contract with; Canada's Directive on
#   Automated Decision-Making requires the government to retain access to
#   and the right to test licensed systems.
# custom:
#   id: DRIA-PROC-001
#   severity: medium
#   likelihood: likely
#   rights: [remedy, fair-trial, non-discrimination]
#   category: procurement
#   references:
#     - {framework: UNGP, ref: "6"}
#     - {framework: CA-DADM, ref: ""}
#     - {framework: EU-AIA, ref: Art 26}
#     - {framework: OECD-DD, ref: Key area 2}
#   remediation: >-
#     Amend the contract to give the authority and independent auditors
#     access to the model, its training data description, documentation and
#     source code, commission an external audit covering accuracy and bias,
#     publish its results, and make audit rights, documentation and
#     cooperation with redress mandatory in future tenders.
package dria.rules.procurement.opaque_vendor_model

import data.dria.lib

applies if {
	public_buyer
	lib.ai_used
}

public_buyer if {
	input.spec.context.sector == "public"
	input.spec.context.role in {"deployer", "provider-and-deployer"}
}

public_buyer if {
	input.spec.context.sector == "public"
	input.spec.context.lifecycle == "procurement"
}

in_house := `(?i)in[- ]?house|internally`

vendor := `(?i)third.party|vendor|contractor|licen[cs]ed|commercial|integrator|supplier|procured|external|outsourced`

third_party_model contains input.spec.ai.modelProvider if {
	p := input.spec.ai.modelProvider
	regex.match(vendor, p)
}

third_party_model contains input.spec.ai.modelProvider if {
	p := input.spec.ai.modelProvider
	not regex.match(in_house, p)
}

third_party_model contains name if {
	some i in vendor_components
	name := input.spec.components[i].name
}

vendor_components contains i if {
	lib.absent(["spec", "ai", "modelProvider"])
	some i, c in input.spec.components
	c.kind in {"model", "third-party-api"}
	is_string(c.provider)
	not regex.match(in_house, c.provider)
}

model_paths := ["/spec/ai/modelProvider"] if lib.stated(["spec", "ai", "modelProvider"])

else := [sprintf("/spec/components/%d", [i]) | some i in sort([i | some i in vendor_components])]

independent_audit if {
	some a in input.spec.accountability.audits
	a.type in {"external", "regulator"}
}

findings contains {"msg": msg, "paths": paths} if {
	public_buyer
	lib.ai_used
	lib.decides_about_people
	count(third_party_model) > 0
	input.spec.transparency.sourceCode == "closed"
	not independent_audit
	msg := sprintf(
		"a public body uses a third-party model (%s) in %s decisions affecting %s, with `sourceCode: closed` and %s",
		[lib.quote_all(third_party_model), lib.quote(lib.automation), lib.people_text, audit_text],
	)
	paths := array.concat(model_paths, [
		"/spec/transparency/sourceCode",
		"/spec/accountability/audits",
		"/spec/context/sector",
	])
}

audit_kinds contains a.type if some a in input.spec.accountability.audits

default audit_text := "no audit listed"

audit_text := sprintf("no external or regulator audit (audits listed: %s)", [lib.quote_all(audit_kinds)]) if {
	count(audit_kinds) > 0
}
