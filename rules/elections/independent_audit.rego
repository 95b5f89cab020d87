# METADATA
# title: Electronic voting or results transmission without independent audit
# description: >-
#   The system casts, counts or transmits votes or results, and the results are
#   not audited by anyone independent of the election administration and its
#   vendor. Errors, intrusions and manipulation in vote casting, tallying or in
#   the transmission of polling-station results (the failure that led Kenya's
#   Supreme Court to annul the 2017 presidential election) then go undetected,
#   and courts and candidates cannot test the result. Genuine periodic
#   elections require results that can be independently checked.
# custom:
#   id: DRIA-ELEC-006
#   severity: high
#   likelihood: possible
#   rights: [participation, remedy]
#   category: elections
#   references:
#     - {framework: ICCPR, ref: Art 25}
#     - {framework: ECHR, ref: Protocol 1 Art 3}
#     - {framework: WARSAW, ref: P1}
#     - {framework: OECD-DD, ref: Key area 1}
#   remediation: >-
#     Have results audited by a body independent of the election administration
#     and the vendor before certification (for example risk-limiting audits
#     against paper records, and comparison of transmitted results with signed
#     polling-station forms published per station); give accredited observers,
#     parties and courts access to logs, servers and source code.
package dria.rules.elections.independent_audit

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

counting := {f | some f in input.spec.elections.functions} & {"e-voting", "results-transmission"}

findings contains {"msg": msg, "paths": paths} if {
	count(counting) > 0
	input.spec.elections.verifiability.independentAudit == false
	msg := sprintf("%s for %s are not independently audited (`independentAudit: false`)", [
		lib.quote_all(counting),
		lib.people_text,
	])
	paths := ["/spec/elections/functions", "/spec/elections/verifiability/independentAudit"]
}

findings contains {"msg": msg, "paths": paths} if {
	count(counting) > 0
	lib.absent(["spec", "elections", "verifiability", "independentAudit"])
	msg := sprintf("no independent audit is stated for %s affecting %s", [lib.quote_all(counting), lib.people_text])
	paths := ["/spec/elections/functions", "/spec/elections/verifiability"]
}
