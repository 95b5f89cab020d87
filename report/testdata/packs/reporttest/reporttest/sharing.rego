# METADATA
# title: Personal data shared with another organisation
# description: >-
#   A rule of the report test pack with one finding per sharing entry, so
#   that one rule has several findings; its messages quote the recipient,
#   purpose and legal basis as written in the description.
# custom:
#   id: TEST-PRIV-001
#   severity: high
#   likelihood: possible
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 6}
#     - {framework: GDPR, ref: Art 28}
#   remediation: >-
#     Share only what the recipient needs, under a stated legal basis and a
#     written agreement.
package dria.rules.reporttest.sharing

import data.dria.lib

findings contains {"msg": msg, "paths": paths} if {
	some i, entry in input.spec.data.sharing
	msg := sprintf(
		"the system shares data with %s (purpose: %s; legal basis: %s)",
		[lib.quote(entry.recipient), text(entry, "purpose"), text(entry, "legalBasis")],
	)
	paths := [sprintf("/spec/data/sharing/%d/recipient", [i]), sprintf("/spec/data/sharing/%d/purpose", [i])]
}

text(entry, key) := lib.quote(entry[key])

text(entry, key) := "not stated" if not entry[key]
