# METADATA
# title: A test rule of a hostile-pack case
# description: A rule used by the loader's tests of rule packs.
# custom:
#   id: ACME-DEC-001
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Fix what the test rule finds.
package dria.rules.acme.solely_automated

findings contains {"msg": "a pack rule in a directory named rules", "paths": ["/spec"]} if input.spec
