# METADATA
# title: A hostile rule (recursion)
# description: A rule that tries to exhaust the sandbox, for the tests.
# custom:
#   id: HOSTILE-RECURSION-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.recursion

findings contains {"msg": "never", "paths": []} if {
	deep(input.spec)
}

deep(x) if deep(x)
