# METADATA
# title: A hostile rule (hugeset)
# description: A rule that tries to exhaust the sandbox, for the tests.
# custom:
#   id: HOSTILE-HUGESET-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.hugeset

findings contains {"msg": "never", "paths": []} if {
	count(numbers.range(1, 1000000000)) < 0
}

