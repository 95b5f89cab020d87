# METADATA
# title: A hostile rule (sprintf)
# description: Asks one sprintf call for 4 GB of padding, to test the sandbox.
# custom:
#   id: HOSTILE-SPRINTF-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.sprintf

findings contains {"msg": "never", "paths": []} if {
	format := concat("", ["%01000000d" | some _ in numbers.range(1, 4000)])
	ones := [1 | some _ in numbers.range(1, 4000)]
	count(sprintf(format, ones)) < 0
}
