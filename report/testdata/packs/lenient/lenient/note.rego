# METADATA
# title: Vendor contact missing
# description: >-
#   A rule of the lenient test pack, so that the pack has a module in its own
#   namespace; it fires when the description names no owner.
# custom:
#   id: LENIENT-NOTE-001
#   severity: info
#   likelihood: rare
#   rights: [remedy]
#   category: lenient-vendor
#   references:
#     - {framework: UNGP, ref: "31"}
#   remediation: >-
#     Name the owner of the system in metadata.owner.
package dria.rules.lenient.note

findings contains {"msg": "the description names no owner", "paths": ["/metadata/owner"]} if {
	not input.metadata.owner
}
