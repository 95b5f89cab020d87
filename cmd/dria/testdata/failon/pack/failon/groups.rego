# METADATA
# title: Affected group flagged
# description: >-
#   Fires once on every affected group, so that --fail-on has findings at
#   two severities to count.
# custom:
#   id: FAILON-GROUP-001
#   severity: medium
#   likelihood: almost-certain
#   rights: [non-discrimination]
#   category: failon
#   references:
#     - {framework: GDPR, ref: Art 5}
#   remediation: >-
#     Nothing to do; this rule exists only to test --fail-on.
package dria.rules.failon.groups

applies := true

findings contains {"msg": msg, "paths": [sprintf("/spec/affected/groups/%d", [i])]} if {
	some i, g in input.spec.affected.groups
	msg := sprintf("group %s", [g])
}
