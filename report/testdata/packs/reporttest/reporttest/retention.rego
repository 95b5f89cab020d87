# METADATA
# title: Data kept for years
# description: >-
#   A rule of the report test pack: personal data is kept for more than three
#   years. It quotes the legal basis as written.
# custom:
#   id: TEST-PRIV-002
#   severity: low
#   likelihood: possible
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 5(1)(e)}
#   remediation: >-
#     Keep personal data only as long as the purpose needs, and delete it on a
#     schedule.
package dria.rules.reporttest.retention

import data.dria.lib

findings contains {"msg": msg, "paths": ["/spec/data/retentionDays", "/spec/data/legalBasis"]} if {
	days := input.spec.data.retentionDays
	days > 1095
	msg := sprintf("personal data is kept for %s days (legal basis: %s)", [lib.fmt_int(days), basis])
}

default basis := "not stated"

basis := lib.quote(input.spec.data.legalBasis)
