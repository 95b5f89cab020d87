# METADATA
# title: Children's data published without anonymisation
# description: >-
#   Data about children are made public in a form that is not stated to be
#   anonymised: profiles, posts, photos or contact details anyone can see.
#   Published profiles or contact details expose children to grooming,
#   bullying and exploitation, and strangers can find and contact them.
#   Data protection by default requires that, without the person's
#   intervention, personal data are not made accessible to an indefinite
#   number of people, and children merit specific protection; the Irish data
#   protection authority fined platforms for publishing children's contact
#   details (Instagram, 2022) and for public-by-default child accounts
#   (TikTok, 2023). Once published, the data cannot be recalled.
# custom:
#   id: DRIA-CHILD-008
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: GDPR, ref: Art 25(2)}
#     - {framework: CRC, ref: Art 16}
#     - {framework: CRC, ref: Art 3}
#     - {framework: EU-CFR, ref: Art 24}
#     - {framework: EU-DSA, ref: Art 28}
#   remediation: >-
#     Stop publishing children's data: keep children's profiles, content and
#     contact details private by default, publish only anonymised aggregates,
#     and remove what has been published.
package dria.rules.children.children_data_published

import data.dria.lib

applies if lib.children_affected

anonymised_pattern := `(?i)(anonymi[sz]|aggregat|statistic|de-?identif)`

anonymised(s) if regex.match(anonymised_pattern, s.purpose)

anonymised(s) if regex.match(anonymised_pattern, s.recipient)

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	some i, s in input.spec.data.sharing
	s.type == "public"
	not anonymised(s)
	lib.recipient_gets_children_data(s)
	msg := sprintf(
		"the system processes data of %s, including children, and publishes %s (to %s), not stated to be anonymised%s",
		[lib.people_text, what_text(s), lib.quote(s.recipient), purpose_text(s)],
	)
	paths := array.concat(lib.children_paths, [sprintf("/spec/data/sharing/%d", [i])])
}

purpose_text(s) := sprintf(", for %s", [lib.quote(s.purpose)]) if s.purpose

else := ""

what_text(s) := sprintf("%s data", [lib.quote_all(s.dataCategories)]) if is_array(s.dataCategories)

else := "personal data"
