# METADATA
# title: A test rule of a hostile-pack case
# description: A rule used by the loader's tests of rule packs.
# custom:
#   id: TEST-DEC-001
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Fix what the test rule finds.
package dria.rules.decisions.extra

findings contains {"msg": "in a built-in family", "paths": ["/spec"]} if input.spec
