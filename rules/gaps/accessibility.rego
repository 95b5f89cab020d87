# METADATA
# title: Accessibility of a public service is not stated
# description: >-
#   The system delivers a public service, but the description does not say
#   which accessibility level it meets or whether an offline or assisted
#   channel remains. Persons with disabilities, older people and people
#   without internet access are excluded first (CRPD Art 9).
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

applies if lib.is_public_sector

findings contains {"msg": msg, "paths": paths} if {
	missing := [name | some name in ["wcag", "nonDigitalAlternative"]; lib.absent(["spec", "accessibility", name])]
	count(missing) > 0
	msg := sprintf(
		"the system is a public service (`sector: %s`) but its accessibility is not stated: `accessibility.%s` missing",
		[input.spec.context.sector, concat("` and `accessibility.", missing)],
	)
	paths := array.concat(["/spec/context/sector"], [sprintf("/spec/accessibility/%s", [name]) | some name in missing])
}
