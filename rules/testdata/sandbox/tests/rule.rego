# METADATA
# title: A rule whose tests are hostile
# description: One of its tests asks one builtin for gigabytes, to test the sandbox of rule tests.
# custom:
#   id: SANDBOX-TESTS-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write tests that try to exhaust the sandbox.
package dria.rules.sandboxtest.tests

findings contains {"msg": "fires", "paths": ["/spec"]} if {
	input.spec.context.purpose == "x"
}
