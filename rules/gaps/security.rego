# METADATA
# title: Security measures for personal data are not fully stated
# description: >-
#   The system processes personal data, but the description leaves out
#   whether access is controlled, whether access is logged, whether data
#   breaches are notified, or several of these; the finding names which.
#   Breaches of large or sensitive databases expose people to lasting harm
#   (GDPR Art 32-34). A system that processes no personal data or touches no
#   one is not asked, nor is a measure marked not applicable.
# custom:
#   id: DRIA-GAP-013
#   severity: low
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 32"}
#     - {framework: GDPR, ref: "Art 33"}
#   remediation: >-
#     State the `security` section: accessControl, accessLogging,
#     penetrationTest.date, vulnerabilityDisclosure and breachNotification.
package dria.rules.gaps.security

import data.dria.lib

asked := [name |
	some name in ["accessControl", "accessLogging", "breachNotification"]
	lib.question_applies(concat(".", ["security", name]))
]

applies if {
	lib.may_process_personal_data
	count(asked) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	missing := [name | some name in asked; lib.absent(["spec", "security", name])]
	count(missing) > 0
	msg := sprintf("security of the personal data is not fully stated: `security.%s` missing", [concat(
		"`, `security.",
		missing,
	)])
	paths := [sprintf("/spec/security/%s", [name]) | some name in missing]
}
