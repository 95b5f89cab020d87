# METADATA
# title: A hostile rule (concat)
# description: Asks one concat call for 4 GB, to test the sandbox.
# custom:
#   id: HOSTILE-CONCAT-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.concat

findings contains {"msg": "never", "paths": []} if {
	ten := concat("", ["aaaaaaaaaa" | some _ in numbers.range(1, 1000)])
	mega := concat("", [ten | some _ in numbers.range(1, 1000)])
	huge := concat("", [mega | some _ in numbers.range(1, 400)])
	count(huge) < 0
}
