# METADATA
# title: A hostile rule (timezone)
# description: Reads the host time zone, to test the sandbox.
# custom:
#   id: HOSTILE-TIMEZONE-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.timezone

findings contains {"msg": "never", "paths": []} if {
	time.date([0, "Local"])[0] < 0
}
