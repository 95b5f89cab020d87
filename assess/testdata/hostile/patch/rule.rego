# METADATA
# title: A hostile rule (patch)
# description: Doubles a document sixty times in one json.patch call, to test the sandbox.
# custom:
#   id: HOSTILE-PATCH-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.patch

findings contains {"msg": "never", "paths": []} if {
	doubling := [{"op": "copy", "from": "", "path": "/x"} | some _ in numbers.range(1, 60)]
	count(json.patch({"a": 1}, doubling)) < 0
}
