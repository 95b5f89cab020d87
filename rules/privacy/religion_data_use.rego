# METADATA
# title: Religion or belief used to profile, target or report on people
# description: >-
#   Data revealing people's religion or belief are used as a model input, in
#   a system that profiles, scores, targets or categorises people, or are
#   held where data go to police, intelligence services or companies. Being
#   sorted, targeted or reported on because of one's faith is how religious
#   minorities are put under suspicion, manipulated or persecuted, and the
#   fear of it deters people from practising or changing their religion.
#   Freedom of thought, conscience and religion includes not having to reveal
#   one's beliefs, and religion is a special category of data that may not be
#   used for profiling-based advertising on online platforms.
# custom:
#   id: DRIA-PRIV-014
#   severity: medium
#   likelihood: likely
#   rights: [thought-religion, privacy, non-discrimination]
#   category: privacy
#   references:
#     - {framework: ECHR, ref: Art 9}
#     - {framework: ICCPR, ref: Art 18}
#     - {framework: UDHR, ref: Art 18}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: EU-DSA, ref: Art 26(3)}
#     - {framework: ECHR, ref: Art 8}
#   remediation: >-
#     Remove religion and its proxies (names of places of worship, religious
#     holidays, dietary or dress indicators) from models, targeting and
#     scoring; keep religion data only where the person's own case needs it,
#     separated from other processing, and never pass it to police,
#     intelligence or commercial recipients without a specific law and
#     independent authorisation.
package dria.rules.privacy.religion_data_use

import data.dria.lib

profiling_techniques := {
	"profiling", "risk-scoring", "targeting", "predictive-policing", "social-scoring",
	"biometric-categorisation", "recommender",
}

religion_inputs contains f if {
	some f, traits in lib.proxy_inputs
	"religion or belief" in traits
}

religion_held if "religion" in lib.categories

religion_held if "religion" in input.spec.ai.protectedAttributes

religion_held if count(religion_inputs) > 0

applies if religion_held

uses contains {
	"order": 1,
	"text": "religion is a direct model input (`protectedAttributes`)",
	"paths": ["/spec/ai/protectedAttributes"],
} if {
	"religion" in input.spec.ai.protectedAttributes
}

uses contains {
	"order": 2,
	"text": sprintf("model inputs %s encode religion or belief", [lib.quote_all(religion_inputs)]),
	"paths": ["/spec/ai/inputs"],
} if {
	count(religion_inputs) > 0
}

uses contains {
	"order": 3,
	"text": sprintf("the system uses %s", [lib.quote_all(lib.techniques & profiling_techniques)]),
	"paths": ["/spec/ai/techniques"],
} if {
	count(lib.techniques & profiling_techniques) > 0
}

uses contains {
	"order": 4,
	"text": sprintf("data go to %s", [lib.join_and([d.text | some d in disclosure_items])]),
	"paths": [d.path | some d in disclosure_items],
} if {
	count(disclosure_items) > 0
}

disclosure_items := [{
	"text": sprintf("%s (%s)", [lib.quote(s.recipient), lib.quote(s.type)]),
	"path": sprintf("/spec/data/sharing/%d", [i]),
} |
	some i, s in input.spec.data.sharing
	s.type in {"law-enforcement", "intelligence", "commercial"}
	not lib.acts_as_processor(s)
	may_receive_religion(s)
]

# may_receive_religion holds for a disclosure that is stated to include
# religion data, or that does not say what it includes.
may_receive_religion(s) if not is_array(object.get(s, "dataCategories", null))

may_receive_religion(s) if "religion" in s.dataCategories

findings contains {"msg": msg, "paths": paths} if {
	religion_held
	count(uses) > 0
	msg := sprintf("religion data of %s are processed, and %s", [
		lib.people_text,
		concat("; ", [pair[1] | some pair in sort([[u.order, u.text] | some u in uses])]),
	])
	paths := array.concat(held_paths, sort({p | some u in uses; some p in u.paths}))
}

default held_paths := []

held_paths := ["/spec/data/categories"] if "religion" in lib.categories
