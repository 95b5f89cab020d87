# METADATA
# title: Retention period of personal data is not stated
# description: >-
#   The system processes personal data (or does not say it does not), but the
#   description does not say how long the data are kept
#   (`data.retentionDays`). Storage limitation is a basic condition of data
#   protection: data kept without limit can be reused, linked or leaked
#   long after their purpose has passed. A system that processes no
#   personal data or touches no one is not asked, nor is retention marked
#   not applicable. Split from DRIA-GAP-007, which asks for the legal basis.
# custom:
#   id: DRIA-GAP-019
#   severity: low
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 5"}
#   remediation: >-
#     State `data.retentionDays`: the longest period any personal data is
#     kept.
package dria.rules.gaps.retention

import data.dria.lib

applies if {
	lib.may_process_personal_data
	lib.question_applies("data.retentionDays")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "data", "retentionDays"])
	msg := "how long the personal data are kept is not stated: `data.retentionDays` missing"
	paths := ["/spec/data/retentionDays"]
}
