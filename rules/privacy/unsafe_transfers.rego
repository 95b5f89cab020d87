# METADATA
# title: Personal data transferred abroad with no safeguard
# description: >-
#   Personal data go to another country with no transfer safeguard at all
#   (`safeguard: none`). (Routine transfers on a derogation have their own
#   rule, DRIA-PRIV-035.) Once data leave without an adequacy
#   decision, standard contractual clauses or binding corporate rules, the
#   people concerned lose enforceable rights and effective remedies, and the
#   data may be open to the destination's authorities. The largest fine
#   imposed under the GDPR so far was for unlawful transfers.
# custom:
#   id: DRIA-PRIV-005
#   severity: medium
#   likelihood: likely
#   rights: [privacy, remedy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 44}
#     - {framework: GDPR, ref: Art 46}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 47}
#   remediation: >-
#     Stop the transfer or put it on a valid safeguard: an adequacy decision,
#     standard contractual clauses or binding corporate rules, with a transfer
#     impact assessment of the destination's surveillance laws and
#     supplementary measures (such as encryption with keys held at home)
#     where needed; keep derogations for occasional, individual cases.
package dria.rules.privacy.unsafe_transfers

import data.dria.lib

applies if count(input.spec.data.transfers) > 0

jurisdictions := {j | some j in input.spec.context.jurisdictions}

# A transfer inside the EEA from a system deployed only in the EEA.
intra_eea(country) if {
	country in lib.eea
	count(jurisdictions) > 0
	count(jurisdictions - lib.eea) == 0
}

findings contains {"msg": msg, "paths": paths} if {
	some i, t in input.spec.data.transfers
	t.safeguard == "none"
	not intra_eea(t.country)
	msg := sprintf("personal data of %s are transferred to %s with no safeguard (`safeguard: none`)%s", [
		lib.people_text,
		lib.quote(t.country),
		sensitive_text,
	])
	paths := [sprintf("/spec/data/transfers/%d", [i])]
}

default sensitive_text := ""

sensitive_text := sprintf(", including %s data", [lib.quote_all(lib.processed_sensitive)]) if {
	count(lib.processed_sensitive) > 0
}
