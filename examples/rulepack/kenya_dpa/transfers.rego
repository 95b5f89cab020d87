# METADATA
# title: Personal data transferred out of Kenya without safeguards
# description: >-
#   Section 48 of Kenya's Data Protection Act, 2019 allows transfers of
#   personal data out of Kenya only with proof of appropriate safeguards, an
#   adequacy finding, necessity or consent. A transfer with no safeguard leaves
#   people's data beyond the reach of Kenyan protection.
# custom:
#   id: KE-DPA-004
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.48}
#   remediation: >-
#     Put safeguards in place before each transfer (contractual clauses, an
#     adequacy decision of the Data Commissioner, or binding corporate rules),
#     or keep the data in Kenya.
package dria.rules.kenya_dpa.transfers

import data.dria.rules.kenya_dpa.lib as ke

applies if ke.deployed_in_kenya

findings contains {"msg": msg, "paths": [sprintf("/spec/data/transfers/%d", [i])]} if {
	some i, t in input.spec.data.transfers
	t.safeguard == "none"
	t.country != "KE"
	msg := sprintf("personal data is transferred from Kenya to `%s` with no safeguard", [t.country])
}
