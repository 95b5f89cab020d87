# METADATA
# title: High-risk processing without a data protection impact assessment
# description: >-
#   The system does what GDPR Art 35(3) says always needs a data protection
#   impact assessment (DPIA) before it starts: profiling that leads to
#   decisions with legal or similarly significant effects, special-category
#   or criminal-record data at large scale, or systematic monitoring of
#   publicly accessible spaces. No DPIA is recorded, or the one recorded was
#   found inadequate by an authority, audit or court. Without one, the risks to
#   the people concerned are never weighed, and the safeguards that would
#   limit them are never designed in. A national court has held the roll-out
#   of a biometric population register unlawful for want of such an
#   assessment.
# custom:
#   id: DRIA-PRIV-002
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 35(3)}
#     - {framework: GDPR, ref: Art 36}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Carry out a DPIA before (further) processing: describe the processing
#     and its necessity, assess the risks to the people affected, and decide
#     the measures that address them; consult the supervisory authority
#     where high risk remains (GDPR Art 36), publish a summary, and review it
#     whenever the processing changes.
package dria.rules.privacy.dpia_missing

import data.dria.lib

profiling_techniques := {"profiling", "risk-scoring", "social-scoring", "predictive-policing"}

# GDPR Art 35(3)(a): profiling with legal or similarly significant effects.
triggers contains {
	"text": sprintf(
		"profiling (%s) for decisions with legal effect",
		[lib.quote_all(lib.techniques & profiling_techniques)],
	),
	"paths": ["/spec/ai/techniques", "/spec/decisions/legalEffect"],
} if {
	count(lib.techniques & profiling_techniques) > 0
	input.spec.decisions.legalEffect == true
}

# GDPR Art 35(3)(b): special categories or criminal records at large scale.
triggers contains {
	"text": sprintf("%s data of %s", [lib.quote_all(lib.processed_sensitive), lib.people_text]),
	"paths": ["/spec/data/categories", "/spec/affected/people"],
} if {
	count(lib.processed_sensitive) > 0
	lib.people >= 10000
}

# GDPR Art 35(3)(c): systematic monitoring of publicly accessible areas.
triggers contains {
	"text": "monitoring of publicly accessible spaces",
	"paths": ["/spec/surveillance/publicSpaces"],
} if {
	input.spec.surveillance.publicSpaces == true
}

# GDPR Art 35(3)(a) also covers scoring by rules, points or record matching
# (decisions.methods) and effects that weigh like a legal effect
# (investigations, suspensions, removals).
triggers contains {
	"text": sprintf("automated scoring (%s) that triggers %s", [
		lib.quote_all(lib.automated_methods),
		lib.quote_all(lib.significant_effects),
	]),
	"paths": ["/spec/decisions/methods", "/spec/decisions/effects"],
} if {
	count(lib.automated_methods) > 0
	count(lib.significant_effects) > 0
}

applies if count(triggers) > 0

# A DPIA found inadequate by an authority, audit or court does not count.
has_dpia if "dpia" in lib.impact_assessments_done

findings contains {"msg": msg, "paths": paths} if {
	count(triggers) > 0
	not has_dpia
	texts := sort([t.text | some t in triggers])
	trigger_paths := sort({p | some t in triggers; some p in t.paths})
	msg := sprintf("the system involves %s, which requires a DPIA, but %s", [concat("; ", texts), gap_text])
	paths := array.concat(
		array.concat(trigger_paths, ["/spec/accountability/impactAssessments"]),
		lib.inadequate_assessment_paths({"dpia"}),
	)
}

default gap_text := "none of the impact assessments listed is a DPIA"

gap_text := "no impact assessments are stated" if {
	lib.absent(["spec", "accountability", "impactAssessments"])
} else := concat("; ", lib.inadequate_assessment_notes({"dpia"})) if {
	count(lib.inadequate_assessment_notes({"dpia"})) > 0
}
