# METADATA
# title: Health or disability data used to score or decide outside health care
# description: >-
#   Health, disability or genetic information is used as a model input to
#   score, profile or decide about people in a non-health setting: benefits,
#   policing, migration, hiring, education, credit or insurance. Data
#   people gave to get care or support then count against them, which
#   punishes illness and disability, discriminates against disabled people,
#   and teaches people to hide their health from the services that should
#   help them. Welfare-fraud scoring that used disability-related benefits
#   as a risk factor has been challenged for exactly this reason.
# custom:
#   id: DRIA-PRIV-015
#   severity: medium
#   likelihood: likely
#   rights: [health, privacy, non-discrimination]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 5(1)(b)}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: ICESCR, ref: Art 12}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ECHR, ref: Art 14}
#     - {framework: CRPD, ref: Art 5}
#   remediation: >-
#     Remove health, disability and genetic data and their proxies (sickness
#     absence, disability benefits, medical appointments) from the model and
#     the decision, retrain and re-test the model for disparate impact on
#     disabled and chronically ill people, and keep health data within the
#     health purpose for which it was given.
package dria.rules.privacy.health_data_repurposed

import data.dria.lib

care_domains := {"health"}

# Surveillance counts as a use outside care as well: health data used to
# watch people is repurposed as surely as health data used to judge them.
decision_domains := lib.decision_domains | {"surveillance"}

health_attributes contains a if {
	some a in input.spec.ai.protectedAttributes
	a in {"health", "genetic"}
}

health_inputs contains f if {
	some f, traits in lib.proxy_inputs
	"disability or health" in traits
}

applies if count(health_attributes) + count(health_inputs) > 0

outside_care := (lib.domains & decision_domains) - care_domains

uses contains {
	"text": sprintf(
		"%s data are used directly as model inputs (`protectedAttributes`)",
		[lib.quote_all(health_attributes)],
	),
	"path": "/spec/ai/protectedAttributes",
} if {
	count(health_attributes) > 0
}

uses contains {
	"text": sprintf("model inputs %s encode health or disability", [lib.quote_all(health_inputs)]),
	"path": "/spec/ai/inputs",
} if {
	count(health_inputs) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	count(uses) > 0
	count(outside_care) > 0
	count(lib.domains & care_domains) == 0
	msg := sprintf("%s, in a system for %s affecting %s", [
		concat(" and ", sort([u.text | some u in uses])),
		lib.quote_all(outside_care),
		lib.people_text,
	])
	paths := array.concat(sort([u.path | some u in uses]), ["/spec/context/domains"])
}
