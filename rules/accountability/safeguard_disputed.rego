# METADATA
# title: A safeguard the system relies on is disputed and not settled
# description: >-
#   A safeguard the description relies on (an impact assessment, the human
#   review of decisions, the bias testing of a model, the security of the
#   data or the consent people gave) is disputed: affected people, civil
#   society, auditors or a regulator contest that it exists or works, and
#   the dispute is not settled. Until it is, the safeguard cannot be counted
#   on as evidence, and people are exposed to the harm it was meant to
#   prevent for as long as the dispute lasts.
# custom:
#   id: DRIA-ACC-014
#   severity: medium
#   likelihood: possible
#   rights: [remedy, privacy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "20"}
#     - {framework: UNGP, ref: "21"}
#     - {framework: GDPR, ref: Art 5(2)}
#   remediation: >-
#     Answer the dispute with evidence anyone can check (a published
#     assessment, audit or test), have it reviewed independently, and settle
#     it with those who raised it; until then, treat the safeguard as absent
#     and apply the measures that would be needed without it.
package dria.rules.accountability.safeguard_disputed

import data.dria.lib

disputed contains {
	"text": sprintf("the %s impact assessment%s", [lib.quote(a.type), lib.assessment_date_text(a)]),
	"safeguard": a,
	"path": sprintf("/spec/accountability/impactAssessments/%d/status", [i]),
} if {
	some i, a in input.spec.accountability.impactAssessments
	lib.disputed(a)
}

disputed contains {
	"text": "the human review of decisions",
	"safeguard": input.spec.decisions.humanReview,
	"path": "/spec/decisions/humanReview/status",
} if {
	lib.disputed(input.spec.decisions.humanReview)
}

disputed contains {
	"text": "the bias testing of the model",
	"safeguard": input.spec.ai.biasTesting,
	"path": "/spec/ai/biasTesting/status",
} if {
	lib.disputed(input.spec.ai.biasTesting)
}

disputed contains {
	"text": "the security of the system",
	"safeguard": input.spec.security,
	"path": "/spec/security/status",
} if {
	lib.disputed(input.spec.security)
}

disputed contains {
	"text": "the consent the processing relies on",
	"safeguard": input.spec.data.consent,
	"path": "/spec/data/consent/status",
} if {
	lib.disputed(input.spec.data.consent)
}

applies if count(disputed) > 0

findings contains {"msg": msg, "paths": [d.path]} if {
	some d in disputed
	msg := sprintf("%s is disputed%s and not settled, so it cannot be counted on for a system affecting %s", [
		d.text,
		lib.source_text(d.safeguard),
		lib.people_text,
	])
}
