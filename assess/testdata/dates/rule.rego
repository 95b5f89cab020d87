# METADATA
# title: Quotes the evaluation clock
# description: Writes every reading of the clock a rule can make into its message, to test that the output depends on the date only.
# custom:
#   id: DATES-CLOCK-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: None needed.
package dria.rules.dates.clock

import data.dria.lib

findings contains {"msg": msg, "paths": ["/spec"]} if {
	msg := sprintf("today %s, clock %d, time %v, %s, days since 2025-01-01: %d", [
		lib.today, lib.today_ns, time.clock(lib.today_ns),
		time.format(lib.today_ns), lib.days_since("2025-01-01"),
	])
}
