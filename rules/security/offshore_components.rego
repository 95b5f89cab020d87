# METADATA
# title: Personal data hosted abroad with no declared transfer
# description: >-
#   A component that processes personal data runs in a country outside the
#   system's jurisdictions (and, for systems deployed in the EU/EEA, outside
#   the EEA), yet no transfer to that country is declared, so no adequacy
#   decision, contractual clauses or other safeguard is shown to cover it.
#   Offshore support desks, remote maintenance, disaster-recovery sites and
#   third-party APIs are where data quietly leave the legal protection of the
#   people they describe, and where foreign authorities may reach them.
# custom:
#   id: DRIA-SEC-005
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: security
#   references:
#     - {framework: GDPR, ref: Art 44}
#     - {framework: GDPR, ref: Art 46}
#     - {framework: GDPR, ref: Art 32}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Either move the component into the system's jurisdictions, or declare
#     the transfer with its safeguard (adequacy decision, standard
#     contractual clauses or binding corporate rules) after a transfer impact
#     assessment, and limit the data the component receives to what it needs,
#     encrypted with keys held at home where possible.
package dria.rules.security.offshore_components

import data.dria.lib

jurisdictions := {j | some j in input.spec.context.jurisdictions}

# The area within which data may move without a transfer.
home := jurisdictions | lib.eea if count(jurisdictions & lib.eea) > 0

else := jurisdictions

declared contains t.country if some t in input.spec.data.transfers

applies if {
	count(jurisdictions) > 0
	some c in input.spec.components
	count(c.dataCategories) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	count(jurisdictions) > 0
	some i, c in input.spec.components
	count(c.dataCategories) > 0
	loc := c.location
	not loc in home
	not loc in declared
	msg := sprintf("component %s in %s processes %s data of a system deployed in %s, but no transfer to %s is declared", [
		lib.quote(c.name),
		lib.quote(loc),
		lib.quote_all(c.dataCategories),
		lib.quote_all(jurisdictions),
		lib.quote(loc),
	])
	paths := [sprintf("/spec/components/%d", [i]), "/spec/context/jurisdictions", "/spec/data/transfers"]
}
