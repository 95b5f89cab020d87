# METADATA
# title: Legal basis or retention of personal data is not stated
# description: >-
#   The system processes personal data (or does not say it does not), but the
#   description gives no legal basis or no retention period. Lawfulness and
#   storage limitation are basic conditions of data protection.
# custom:
#   id: DRIA-GAP-007
#   severity: low
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 5"}
#     - {framework: GDPR, ref: "Art 6"}
#   remediation: >-
#     State `data.legalBasis` (the provision relied on) and
#     `data.retentionDays` (the longest period any personal data is kept).
package dria.rules.gaps.data_protection

import data.dria.lib

applies if lib.may_process_personal_data

findings contains {"msg": msg, "paths": paths} if {
	missing := [name | some name in ["legalBasis", "retentionDays"]; lib.absent(["spec", "data", name])]
	count(missing) > 0
	msg := sprintf("the legal basis or retention of the personal data is not stated: `data.%s` missing", [concat(
		"` and `data.",
		missing,
	)])
	paths := [sprintf("/spec/data/%s", [name]) | some name in missing]
}
