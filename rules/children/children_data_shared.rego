# METADATA
# title: Children's data disclosed to companies for their own use
# description: >-
#   Data about children are disclosed to companies that use them for their
#   own purposes (not merely processors acting for the system), judged on
#   what each recipient is stated to get when the description says so.
#   Children's data in commercial hands feed marketing profiles that follow
#   them into adulthood, and are resold and combined beyond any control.
#   Children merit specific protection of their personal data, and their
#   interests weigh especially heavily against a company's interests. Once
#   disclosed, the data cannot be recalled. (Publication has its own rule,
#   DRIA-CHILD-008.)
# custom:
#   id: DRIA-CHILD-004
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: CRC, ref: Art 16}
#     - {framework: CRC, ref: Art 3}
#     - {framework: EU-CFR, ref: Art 24}
#     - {framework: GDPR, ref: Art 6(1)(f)}
#     - {framework: UDHR, ref: Art 12}
#   remediation: >-
#     Stop disclosing children's data to companies for their own purposes;
#     bind service providers as processors with a ban on own use; and share
#     only anonymised aggregates where a company truly needs figures.
package dria.rules.children.children_data_shared

import data.dria.lib

applies if lib.children_affected

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	some i, s in input.spec.data.sharing
	s.type == "commercial"
	not lib.acts_as_processor(s)
	lib.recipient_gets_children_data(s)
	msg := sprintf(
		concat(" ", [
			"the system processes data of %s, including children, and discloses %s to %s",
			"(a commercial recipient not bound as a processor)%s",
		]),
		[lib.people_text, what_text(s), lib.quote(s.recipient), purpose_text(s)],
	)
	paths := array.concat(lib.children_paths, recipient_paths(i, s))
}

purpose_text(s) := sprintf(", for %s", [lib.quote(s.purpose)]) if s.purpose

else := ""

what_text(s) := sprintf("%s data", [lib.quote_all(s.dataCategories)]) if is_array(s.dataCategories)

else := "personal data"

recipient_paths(i, s) := [sprintf("/spec/data/sharing/%d", [i]), lib.recipient_categories_path(i, s)] if {
	is_array(s.dataCategories)
} else := [sprintf("/spec/data/sharing/%d", [i])]
