# METADATA
# title: Affected people and civil society were not consulted in impact assessments
# description: >-
#   The system decides about people with legal effect, affects groups in
#   situations of vulnerability or operates in a rights-sensitive domain, but
#   none of its impact assessments consulted the people affected, their
#   representatives or civil society (at most experts or nobody). Harms that
#   only those on the receiving end see (a caseworker's threat letter, a
#   fingerprint that no longer reads, an interface in the wrong language) are
#   then missed. UNGP 18 requires meaningful consultation with potentially
#   affected groups; the Council of Europe's HUDERIA methodology makes
#   stakeholder engagement part of every assessment, and the OECD action plan
#   asks for citizen engagement in public AI.
# custom:
#   id: DRIA-ACC-005
#   severity: medium
#   likelihood: possible
#   rights: [participation, non-discrimination]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "18"}
#     - {framework: COE-HUDERIA, ref: ""}
#     - {framework: OECD-DD, ref: Key area 2}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Consult people affected (especially the groups in vulnerable situations
#     among them), their representative organisations and civil society as
#     part of the impact assessment: share a plain-language description of the
#     system, hear their experience of its effects, record what was raised and
#     how each point was addressed, and involve them again at each review.
package dria.rules.accountability.stakeholder_consultation

import data.dria.lib

applies if {
	count(input.spec.accountability.impactAssessments) > 0
	high_impact
}

high_impact if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

high_impact if count(lib.affected_vulnerable) > 0

high_impact if count(lib.domains & lib.sensitive_domains) > 0

# Voices of those affected: affected groups and civil society, and workers
# where workers are among the people affected.
voices := {"affected-groups", "civil-society"} | ({"workers"} & lib.groups)

consulted contains c if {
	some a in input.spec.accountability.impactAssessments
	some c in a.consulted
}

findings contains {"msg": msg, "paths": paths} if {
	count(consulted & voices) == 0
	msg := sprintf("%s %s the people affected or civil society (%s)%s", [
		assessments_text,
		verb,
		consulted_text,
		groups_text,
	])
	paths := array.concat(
		[sprintf("/spec/accountability/impactAssessments/%d/consulted", [i]) |
			some i, _ in input.spec.accountability.impactAssessments
		],
		groups_paths,
	)
}

assessments_text := "the only impact assessment" if count(input.spec.accountability.impactAssessments) == 1

else := sprintf("none of the %d impact assessments", [count(input.spec.accountability.impactAssessments)])

# Whether any assessment says who was consulted: an absent list is "not
# stated", not "nobody".
consultation_stated if {
	some a in input.spec.accountability.impactAssessments
	is_array(a.consulted)
}

default verb := "is stated to have consulted"

verb := "did not consult" if {
	count(input.spec.accountability.impactAssessments) == 1
	consultation_stated
} else := "is not stated to have consulted" if {
	count(input.spec.accountability.impactAssessments) == 1
} else := "consulted" if {
	consultation_stated
}

default consulted_text := "who was consulted is not stated"

consulted_text := sprintf("consulted: %s", [lib.quote_all(consulted)]) if {
	count(consulted) > 0
} else := "nobody was consulted" if {
	consultation_stated
}

groups_text := sprintf(", although the system affects %s, including %s", [
	lib.people_text,
	lib.quote_all(lib.affected_vulnerable),
]) if {
	count(lib.affected_vulnerable) > 0
} else := sprintf(", although the system affects %s", [lib.people_text])

default groups_paths := ["/spec/affected"]

groups_paths := ["/spec/affected/groups"] if count(lib.affected_vulnerable) > 0
