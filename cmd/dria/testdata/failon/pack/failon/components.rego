# METADATA
# title: "Component \e[31mflagged\e[0m"
# description: >-
#   Fires once on every component, so that --fail-on has more than five
#   findings to count; the title's escape sequences must print escaped.
# custom:
#   id: FAILON-COMP-001
#   severity: critical
#   likelihood: almost-certain
#   rights: [privacy]
#   category: failon
#   references:
#     - {framework: GDPR, ref: Art 5}
#   remediation: >-
#     Nothing to do; this rule exists only to test --fail-on.
package dria.rules.failon.components

applies := true

findings contains {"msg": msg, "paths": [sprintf("/spec/components/%d/name", [i])]} if {
	some i, c in input.spec.components
	msg := sprintf("component %s", [c.name])
}
