# METADATA
# title: Children's data disclosed to companies or published
# description: >-
#   Data about children are disclosed to companies that use them for their
#   own purposes (not merely processors acting for the system), or are made
#   public in a form that is not anonymised. Children's data in commercial
#   hands feed marketing profiles that follow them into adulthood, and
#   published profiles or contact details expose them to grooming, bullying
#   and exploitation. Children merit specific protection of their personal
#   data, and their interests weigh especially heavily against a company's
#   interests; regulators have fined platforms for making children's contact
#   details public and their accounts public by default. Once disclosed, the
#   data cannot be recalled.
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
#     - {framework: GDPR, ref: Art 25(2)}
#     - {framework: UDHR, ref: Art 12}
#   remediation: >-
#     Stop disclosing children's data to companies for their own purposes and
#     stop publishing it; bind service providers as processors with a ban on
#     own use; publish only anonymised aggregates; and make the most private
#     settings the default for children.
package dria.rules.children.children_data_shared

import data.dria.lib

applies if lib.children_affected

anonymised_pattern := `(?i)(anonymi[sz]|aggregat|statistic|de-?identif)`

anonymised(s) if regex.match(anonymised_pattern, s.purpose)

anonymised(s) if regex.match(anonymised_pattern, s.recipient)

exposure(s) := "a commercial recipient not bound as a processor" if {
	s.type == "commercial"
	not lib.acts_as_processor(s)
} else := "publication, not stated to be anonymised" if {
	s.type == "public"
	not anonymised(s)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	some i, s in input.spec.data.sharing
	how := exposure(s)
	msg := sprintf("the system processes data of %s, including children, and discloses personal data to %s (%s)%s", [
		lib.people_text,
		lib.quote(s.recipient),
		how,
		purpose_text(s),
	])
	paths := array.concat(lib.children_paths, [sprintf("/spec/data/sharing/%d", [i])])
}

purpose_text(s) := sprintf(", for %s", [lib.quote(s.purpose)]) if s.purpose

else := ""
