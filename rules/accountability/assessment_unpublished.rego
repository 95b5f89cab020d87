# METADATA
# title: Impact assessments of a high-impact system are not published
# description: >-
#   Impact assessments exist, but none is published, although the system
#   decides about people with legal effect, is run by a public body, or
#   operates in a rights-sensitive domain. People affected, civil society and
#   oversight bodies cannot check what risks were identified and what was
#   done about them, nor hold the organisation to it. UNGP 21 asks
#   organisations to communicate how they address their impacts, in a form
#   and with enough information for affected people to evaluate the response;
#   transparent public institutions are a democratic principle of the Warsaw
#   Declaration.
# custom:
#   id: DRIA-ACC-004
#   severity: low
#   likelihood: possible
#   rights: [participation, remedy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "21"}
#     - {framework: WARSAW, ref: P16}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Publish the impact assessments, or a substantive summary of each: the
#     risks identified for each right and group, their ratings, the measures
#     adopted and the residual risks, the people consulted and the review
#     date. Redact only what security or third parties' rights truly require,
#     and say what was redacted.
package dria.rules.accountability.assessment_unpublished

import data.dria.lib

applies if {
	count(input.spec.accountability.impactAssessments) > 0
	high_impact
}

high_impact if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

high_impact if {
	lib.is_public_sector
	lib.decides_about_people
}

high_impact if count(lib.domains & lib.sensitive_domains) > 0

published if {
	some a in input.spec.accountability.impactAssessments
	a.published == true
}

unpublished := [sprintf("%s %s", [a.type, object.get(a, "date", "undated")]) |
	some a in input.spec.accountability.impactAssessments
	a.published == false
]

findings contains {"msg": msg, "paths": paths} if {
	not published
	count(unpublished) > 0
	msg := sprintf("none of the impact assessments is published (%s unpublished), although the system %s", [
		lib.quote_all(unpublished),
		context_text,
	])
	paths := array.concat(
		[sprintf("/spec/accountability/impactAssessments/%d/published", [i]) |
			some i, a in input.spec.accountability.impactAssessments
			a.published == false
		],
		context_paths,
	)
}

context_text := sprintf("takes part in decisions with legal effect (`automation: %s`) on %s", [
	lib.automation,
	lib.people_text,
]) if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
} else := sprintf("is run by the %s sector and takes part in decisions about %s", [
	input.spec.context.sector,
	lib.people_text,
]) if {
	lib.is_public_sector
	lib.decides_about_people
} else := sprintf("operates in %s and affects %s", [
	lib.quote_all(lib.domains & lib.sensitive_domains),
	lib.people_text,
])

default context_paths := ["/spec/context/domains"]

context_paths := ["/spec/decisions/automation", "/spec/decisions/legalEffect"] if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
} else := ["/spec/context/sector", "/spec/decisions/automation"] if {
	lib.is_public_sector
	lib.decides_about_people
}
