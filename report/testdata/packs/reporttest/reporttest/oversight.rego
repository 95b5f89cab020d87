# METADATA
# title: Oversight that is not independent
# description: >-
#   A rule of the report test pack: the body that oversees the system is not
#   independent of the organisation that runs it. Its message quotes the
#   body's name as written; the rich test system waives it.
# custom:
#   id: TEST-ACC-001
#   severity: medium
#   likelihood: possible
#   rights: [remedy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "31"}
#   remediation: >-
#     Give oversight to a body independent of the organisation running the
#     system, with the power to stop it.
package dria.rules.reporttest.oversight

import data.dria.lib

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.oversight.independent == false
	msg := sprintf("the only oversight, %s, is not independent (`oversight.independent: false`)", [body])
	paths := ["/spec/accountability/oversight/body", "/spec/accountability/oversight/independent"]
}

default body := "an unnamed body"

body := lib.quote(input.spec.accountability.oversight.body)
