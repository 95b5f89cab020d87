# METADATA
# title: Accessibility of a public service is not fully stated
# description: >-
#   The system delivers a public service, but the description leaves out
#   which accessibility level it meets (`accessibility.wcag`), whether an
#   offline or assisted channel remains (`accessibility.nonDigitalAlternative`),
#   or both; the finding names which. Persons with disabilities, older people
#   and people without internet access are excluded first (CRPD Art 9). A
#   system that touches no one is not asked, nor is a field marked not
#   applicable.
# custom:
#   id: DRIA-GAP-017
#   severity: low
#   likelihood: possible
#   rights: [accessibility]
#   category: information-gap
#   references:
#     - {framework: CRPD, ref: "Art 9"}
#     - {framework: OECD-DD, ref: "Key area 3"}
#   remediation: >-
#     State `accessibility.wcag`, `accessibility.languages`,
#     `accessibility.plainLanguage` and `accessibility.nonDigitalAlternative`.
package dria.rules.gaps.accessibility

import data.dria.lib

asked := [name |
	some name in ["wcag", "nonDigitalAlternative"]
	lib.question_applies(concat(".", ["accessibility", name]))
]

applies if {
	lib.is_public_sector
	count(asked) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	missing := [name | some name in asked; lib.absent(["spec", "accessibility", name])]
	count(missing) > 0
	msg := sprintf(
		"the system is a public service (`sector: %s`) but its accessibility is not stated: `accessibility.%s` missing",
		[input.spec.context.sector, concat("` and `accessibility.", missing)],
	)
	paths := array.concat(["/spec/context/sector"], [sprintf("/spec/accessibility/%s", [name]) | some name in missing])
}
