# METADATA
# title: Predicting individuals' criminality from profiling (prohibited practice)
# description: >-
#   The system assesses or predicts the risk that individual people will
#   commit a criminal offence on the basis of profiling or of their
#   personal traits and circumstances (neighbourhood, family, origin,
#   contacts, online behaviour) rather than of objective, verifiable facts
#   directly linked to a criminal activity. The AI Act prohibits this. Such
#   lists brand people, often children and ethnic minorities, as future
#   offenders for who they are and whom they know, expose them to police
#   attention and to consequences in school, housing and family life, and
#   reverse the presumption of innocence.
# custom:
#   id: DRIA-AIA-002
#   severity: critical
#   likelihood: likely
#   rights: [fair-trial, non-discrimination, liberty-security, privacy]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(d)}
#     - {framework: ICCPR, ref: Art 14}
#     - {framework: ECHR, ref: Art 6}
#     - {framework: ICCPR, ref: Art 26}
#   remediation: >-
#     Stop predicting individuals' criminality from profiles. A model may at
#     most support a human assessment of a person's involvement in a
#     specific criminal activity that already rests on objective, verifiable
#     facts; remove personal traits, relatives' records, neighbourhood and
#     origin from its inputs, and tell listed people and let them contest
#     their listing.
package dria.rules.aiact.crime_prediction

import data.dria.lib

applies if lib.ai_used

# The system rates individual people (not places).
rates_individuals if lib.decides_about_people

prediction_techniques := {"predictive-policing", "risk-scoring", "profiling"}

# Predictive policing of individuals.
predicts_crime if {
	"predictive-policing" in lib.techniques
	rates_individuals
}

# Risk scoring or profiling of individuals for law enforcement on profile
# features.
predicts_crime if {
	"law-enforcement" in lib.domains
	rates_individuals
	count(lib.techniques & {"risk-scoring", "profiling"}) > 0
	profile_based
}

profile_based if "profiling" in lib.techniques

profile_based if count(lib.proxy_inputs) > 0

profile_based if {
	some a in input.spec.ai.protectedAttributes
	a in (lib.sensitive_categories | {"nationality"})
}

trait_inputs := object.keys(lib.proxy_inputs)

default traits_text := ""

traits_text := sprintf("; inputs include %s", [lib.quote_all(trait_inputs)]) if count(trait_inputs) > 0

findings contains {"msg": msg, "paths": paths} if {
	predicts_crime
	msg := sprintf(
		"predicts the risk that individuals (%s%s) commit offences using %s%s, a practice prohibited by AI Act Art 5(1)(d)",
		[lib.people_text, groups_text, lib.quote_all(lib.techniques & prediction_techniques), traits_text],
	)
	paths := array.concat(["/spec/ai/techniques", "/spec/decisions/automation"], input_paths)
}

default input_paths := []

input_paths := ["/spec/ai/inputs"] if count(trait_inputs) > 0

young := lib.groups & {"children", "ethnic-minorities", "migrants"}

default groups_text := ""

groups_text := sprintf(", including %s", [lib.quote_all(young)]) if count(young) > 0
