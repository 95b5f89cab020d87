# METADATA
# title: Duplicate rule b
# description: Two packs' rules that share one id, which must be refused.
# custom:
#   id: TEST-DUP-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Give each rule its own id.
package dria.rules.dup.b

findings contains {"msg": "dup", "paths": []} if input.spec.data.minimisation == false
