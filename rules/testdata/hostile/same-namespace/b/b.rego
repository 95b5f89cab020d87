# METADATA
# title: A test rule of a hostile-pack case
# description: A rule used by the loader's tests of rule packs.
# custom:
#   id: TEST-ACME-002
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Fix what the test rule finds.
package dria.rules.acme.b

findings contains {"msg": "from pack b", "paths": ["/spec"]} if input.spec
