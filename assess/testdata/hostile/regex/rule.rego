# METADATA
# title: A hostile rule (regex)
# description: Matches a megabyte against a pattern of 3,003 instructions, to test the sandbox.
# custom:
#   id: HOSTILE-REGEX-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.regex

findings contains {"msg": "never", "paths": []} if {
	ten := concat("", ["ababababab" | some _ in numbers.range(1, 1000)])
	mega := concat("", [ten | some _ in numbers.range(1, 100)])
	regex.match("(a|b|c|d|e){1000}x", mega)
}
