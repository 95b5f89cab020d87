# METADATA
# title: Description says no personal data is processed but lists personal data
# description: >-
#   The description says the system processes no personal data
#   (`scope.personalData: false`), but its data categories, its components
#   or its disclosures say otherwise. A system that claims to touch no one
#   is spared the questions on scale, decisions and redress, so a wrong
#   claim hides the very risks an assessment is for. Whether data are
#   personal is a question of fact: data that relate to an identifiable
#   person, directly or by combining them with other data, are personal
#   data, whatever the operator calls them.
# custom:
#   id: DRIA-PRIV-033
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 4(1)}
#     - {framework: GDPR, ref: Art 5(2)}
#     - {framework: GDPR, ref: Art 30}
#   remediation: >-
#     Correct the description: either set scope.personalData to true and
#     answer the questions for a system that processes personal data, or
#     remove the data categories, components and disclosures that are not
#     personal data (and say why, for example that the data are aggregated
#     so that no one can be singled out).
package dria.rules.privacy.personal_data_contradiction

import data.dria.lib

applies if input.spec.scope.personalData == false

evidence contains {
	"text": sprintf("`data.categories` lists %s", [lib.quote_all(lib.categories)]),
	"path": "/spec/data/categories",
} if {
	count(lib.categories) > 0
}

evidence contains {
	"text": sprintf("the component %s processes %s", [lib.quote(c.name), lib.quote_all(c.dataCategories)]),
	"path": sprintf("/spec/components/%d/dataCategories", [i]),
} if {
	some i, c in input.spec.components
	count(c.dataCategories) > 0
}

# A disclosure is of personal data unless it says it discloses none.
evidence contains {
	"text": sprintf("personal data%s are disclosed to %s", [shared_text(s), lib.quote(s.recipient)]),
	"path": sprintf("/spec/data/sharing/%d", [i]),
} if {
	some i, s in input.spec.data.sharing
	object.get(s, "dataCategories", null) != []
}

shared_text(s) := sprintf(" (%s)", [lib.quote_all(s.dataCategories)]) if count(s.dataCategories) > 0

else := ""

findings contains {"msg": msg, "paths": paths} if {
	input.spec.scope.personalData == false
	count(evidence) > 0
	texts := concat("; ", sort([e.text | some e in evidence]))
	msg := sprintf("the description says no personal data is processed (`scope.personalData: false`), but %s", [texts])
	paths := array.concat(["/spec/scope/personalData"], sort([e.path | some e in evidence]))
}
