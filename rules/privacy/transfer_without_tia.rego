# METADATA
# title: Transfer on contractual clauses or corporate rules without a transfer impact assessment
# description: >-
#   Personal data go to a country outside the EEA on standard contractual
#   clauses or binding corporate rules, and no transfer impact assessment of
#   the destination's law and practice was made. The Court of Justice of the
#   EU held in Schrems II (C-311/18, 2020) that such clauses protect people
#   only if the law of the destination, including its surveillance laws,
#   lets the recipient honour them; the exporter must check that before the
#   transfer and add measures (such as encryption with keys kept at home)
#   where it does not. Without the check, the clauses are paper, and people
#   lose effective protection and remedy once the data leave.
# custom:
#   id: DRIA-PRIV-031
#   severity: medium
#   likelihood: likely
#   rights: [privacy, remedy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 46}
#     - {framework: GDPR, ref: Art 44}
#     - {framework: EU-CFR, ref: Art 7}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 47}
#   remediation: >-
#     Assess the law and practice of the destination country for each such
#     transfer (access by public authorities, redress), document the
#     assessment, add supplementary measures where the clauses cannot be
#     honoured, and suspend the transfer where no measure closes the gap.
package dria.rules.privacy.transfer_without_tia

import data.dria.lib

assessed_safeguards := {"scc": "standard contractual clauses", "bcr": "binding corporate rules"}

jurisdictions := {j | some j in input.spec.context.jurisdictions}

# A transfer inside the EEA from a system deployed only in the EEA is not a
# transfer to a third country.
intra_eea(country) if {
	country in lib.eea
	count(jurisdictions) > 0
	count(jurisdictions - lib.eea) == 0
}

applies if {
	some t in input.spec.data.transfers
	assessed_safeguards[t.safeguard]
}

findings contains {"msg": msg, "paths": paths} if {
	some i, t in input.spec.data.transfers
	t.impactAssessment == false
	not intra_eea(t.country)
	kind := assessed_safeguards[t.safeguard]
	msg := sprintf(
		concat(" ", [
			"personal data of %s are transferred to %s on %s (`safeguard: %s`) without a transfer",
			"impact assessment of its law and practice (`impactAssessment: false`)%s",
		]),
		[lib.people_text, lib.quote(t.country), kind, t.safeguard, sensitive_text],
	)
	paths := [sprintf("/spec/data/transfers/%d/impactAssessment", [i]), sprintf("/spec/data/transfers/%d/safeguard", [i])]
}

default sensitive_text := ""

sensitive_text := sprintf(", including %s data", [lib.quote_all(lib.processed_sensitive)]) if {
	count(lib.processed_sensitive) > 0
}
