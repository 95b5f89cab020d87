# METADATA
# title: A hostile rule (bignum)
# description: Squares a number of 30,000 digits, to test the sandbox.
# custom:
#   id: HOSTILE-BIGNUM-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.bignum

findings contains {"msg": "never", "paths": []} if {
	x := 1e30000
	x * x < 0
}
