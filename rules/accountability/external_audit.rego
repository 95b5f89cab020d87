# METADATA
# title: No published independent audit of a high-stakes automated system
# description: >-
#   A model or automated process takes part in decisions with legal effect or
#   operates in a rights-sensitive domain, but no external or regulator audit
#   has examined it, or the audits that exist are kept secret. Internal
#   reviews rarely find what the organisation does not want to see; the bias
#   of the Dutch childcare-benefits risk model and the unlawful income
#   averaging of Robodebt were exposed and stopped only through outside
#   scrutiny by journalists, ombudspersons and courts. UNGP 20
#   asks for tracking of effectiveness that draws on external feedback, UNGP
#   21 for communication that lets stakeholders evaluate the response, and
#   the OECD action plan and the Council of Europe AI Convention for
#   safeguards against bias and independent oversight of public algorithms.
# custom:
#   id: DRIA-ACC-008
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination, fair-trial]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "20"}
#     - {framework: UNGP, ref: "21"}
#     - {framework: OECD-DD, ref: Key area 2}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Commission an external audit by auditors independent of the vendor and
#     operator, with access to the code, data, logs and decisions, covering
#     accuracy, error and disparate impact by group, legality and the
#     effectiveness of human review; repeat it after significant changes and
#     at least every two years, and publish the report or a substantive
#     summary with the response to each finding.
package dria.rules.accountability.external_audit

import data.dria.lib

applies if {
	algorithmic
	high_stakes
}

algorithmic if lib.ai_used

algorithmic if lib.automated_decisions

high_stakes if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}

high_stakes if count(lib.domains & lib.sensitive_domains) > 0

independent_types := {"external", "regulator"}

independent := [i |
	some i, a in input.spec.accountability.audits
	a.type in independent_types
]

published if {
	some i in independent
	input.spec.accountability.audits[i].published == true
}

findings contains {"msg": msg, "paths": paths} if {
	is_array(input.spec.accountability.audits)
	count(independent) == 0
	msg := sprintf("no external or regulator audit is listed (%s) for a system that %s", [audits_text, context_text])
	paths := array.concat(["/spec/accountability/audits"], context_paths)
}

findings contains {"msg": msg, "paths": paths} if {
	count(independent) > 0
	not published
	msg := sprintf("%s, for a system that %s", [unpublished_text, context_text])
	paths := array.concat(
		[sprintf("/spec/accountability/audits/%d/published", [i]) | some i in independent],
		context_paths,
	)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "audits"])
	lib.automated_decisions
	input.spec.decisions.legalEffect == true
	msg := sprintf("whether the system was ever audited is not stated, although it %s", [context_text])
	paths := array.concat(["/spec/accountability"], context_paths)
}

unpublished_text := "the only external or regulator audit is not published" if count(independent) == 1

else := sprintf("none of the %d external or regulator audits is published", [count(independent)])

audits_text := "`audits: []`" if {
	count(input.spec.accountability.audits) == 0
} else := "only an internal audit" if {
	count(input.spec.accountability.audits) == 1
} else := sprintf("only %d internal audits", [count(input.spec.accountability.audits)])

context_text := sprintf("takes part in decisions with legal effect (`automation: %s`) on %s", [
	lib.automation,
	lib.people_text,
]) if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
} else := sprintf("operates in %s and affects %s", [
	lib.quote_all(lib.domains & lib.sensitive_domains),
	lib.people_text,
])

default context_paths := ["/spec/context/domains"]

context_paths := ["/spec/decisions/automation", "/spec/decisions/legalEffect"] if {
	lib.decides_about_people
	input.spec.decisions.legalEffect == true
}
