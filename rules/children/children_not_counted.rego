# METADATA
# title: Children likely to use or be affected by the service are not among the groups assessed
# description: >-
#   The description says children are likely to use the service or to be
#   affected by it, whatever its terms or minimum age say, but children are
#   not among the affected groups it lists. Their rights are then left out of
#   the weighing: a minimum age in the terms does not keep children away, and
#   a service that children use must be designed and assessed for them. The
#   best interests of the child must be a primary consideration in every
#   action concerning children, and the UN Committee on the Rights of the
#   Child asks states and businesses to consider children wherever they are
#   likely to be affected in the digital environment.
# custom:
#   id: DRIA-CHILD-009
#   severity: medium
#   likelihood: possible
#   rights: [child-rights]
#   category: children
#   references:
#     - {framework: CRC, ref: Art 3}
#     - {framework: CRC, ref: General Comment No. 25}
#     - {framework: EU-DSA, ref: Art 28}
#     - {framework: UNGP, ref: "18"}
#   remediation: >-
#     Count children among the affected groups, assess the risks to them in
#     the impact assessment (including to those below the minimum age who
#     use the service anyway), and design the service for them: age
#     assurance proportionate to the risk, high-privacy defaults, no
#     profiling-based advertising or nudging.
package dria.rules.children.children_not_counted

import data.dria.lib

applies if lib.children_users

findings contains {"msg": msg, "paths": paths} if {
	is_array(input.spec.affected.groups)
	not "children" in lib.groups
	some why in likely
	msg := sprintf("children are likely to %s (%s)%s, but `children` are not among the affected groups (%s)", [
		why.text,
		why.field,
		terms_text,
		lib.quote_all(lib.groups),
	])
	paths := array.concat([why.path, "/spec/affected/groups"], terms_paths)
}

likely contains {"text": "use the service", "field": "`likelyUsers: true`", "path": "/spec/children/likelyUsers"} if {
	input.spec.children.likelyUsers == true
}

likely contains {
	"text": "be affected by it",
	"field": "`likelyAffected: true`",
	"path": "/spec/children/likelyAffected",
} if {
	input.spec.children.likelyAffected == true
	object.get(input, ["spec", "children", "likelyUsers"], null) != true
}

default terms_text := ""

terms_text := sprintf(", whatever its terms say (minimum age %d)", [input.spec.children.minimumAge]) if {
	is_number(input.spec.children.minimumAge)
}

default terms_paths := []

terms_paths := ["/spec/children/minimumAge"] if is_number(input.spec.children.minimumAge)
