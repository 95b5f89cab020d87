# METADATA
# title: Sensitive or large-scale data transferred abroad on a derogation
# description: >-
#   Sensitive data, or data of 10,000 people or more, are transferred to
#   another country on a derogation (GDPR Art 49), such as the person's
#   consent or the needs of a contract. Derogations are exceptions meant only
#   for occasional, specific transfers where no adequacy decision or other
#   safeguard is available; used for routine or bulk transfers they leave
#   people without the enforceable rights and effective remedies that
#   contractual clauses or corporate rules would give them abroad.
# custom:
#   id: DRIA-PRIV-035
#   severity: medium
#   likelihood: likely
#   rights: [privacy, remedy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 49}
#     - {framework: GDPR, ref: Art 44}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 47}
#   remediation: >-
#     Put routine transfers on an adequacy decision, standard contractual
#     clauses or binding corporate rules, with a transfer impact assessment
#     and supplementary measures where needed, and keep derogations for
#     occasional, individual cases.
package dria.rules.privacy.bulk_derogation_transfers

import data.dria.lib

bulk if count(lib.processed_sensitive) > 0

bulk if lib.people >= 10000

applies if {
	some t in input.spec.data.transfers
	t.safeguard == "derogation"
}

findings contains {"msg": msg, "paths": paths} if {
	bulk
	some i, t in input.spec.data.transfers
	t.safeguard == "derogation"
	msg := sprintf(
		"data of %s are transferred to %s on a derogation (`safeguard: derogation`), meant only for occasional transfers%s",
		[lib.people_text, lib.quote(t.country), sensitive_text],
	)
	paths := [sprintf("/spec/data/transfers/%d", [i]), "/spec/data/categories", "/spec/affected/people"]
}

default sensitive_text := ""

sensitive_text := sprintf(", including %s data", [lib.quote_all(lib.processed_sensitive)]) if {
	count(lib.processed_sensitive) > 0
}
