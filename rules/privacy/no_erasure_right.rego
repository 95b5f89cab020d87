# METADATA
# title: People cannot have their data erased
# description: >-
#   People cannot have their data erased (`subjectRights.erasure: false`),
#   or the system cannot delete anyone's data at all, although the
#   processing rests, at least in part, on a basis under which the right to
#   erasure applies (consent, contract, vital interests or legitimate
#   interests), or the basis is not stated. Data then stay after consent is
#   withdrawn, after an objection succeeds and after they are no longer
#   needed. Processing required by law or for a public task is exempt from
#   the right to the extent it is necessary (GDPR Art 17(3)(b)), and is not
#   flagged here. Sensitive data that cannot be deleted at all have their own
#   rule (DRIA-PRIV-025).
# custom:
#   id: DRIA-PRIV-028
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 17}
#     - {framework: GDPR, ref: Art 5(1)(e)}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Let people ask for erasure and erase their data without undue delay
#     when consent is withdrawn, an objection succeeds, the data are no
#     longer needed or were processed unlawfully; tell every recipient; and
#     build storage so that one person's data can be deleted.
package dria.rules.privacy.no_erasure_right

import data.dria.lib

# Bases under which erasure is limited to what the law or task needs.
exempt_bases := {"legal-obligation", "public-task"}

erasure_applies if count(lib.lawful_bases) == 0

erasure_applies if count(erasable_bases) > 0

applies if {
	lib.stated(["spec", "data", "subjectRights"])
	erasure_applies
}

gaps contains {
	"text": "people cannot have their data erased (`erasure: false`)",
	"path": "/spec/data/subjectRights/erasure",
} if {
	input.spec.data.subjectRights.erasure == false
}

# Where sensitive data are held, DRIA-PRIV-025 covers data that cannot be
# deleted at all.
gaps contains {
	"text": "the system cannot delete anyone's data at all (`deletionPossible: false`)",
	"path": "/spec/data/subjectRights/deletionPossible",
} if {
	input.spec.data.subjectRights.deletionPossible == false
	count(lib.processed_sensitive) == 0
}

findings contains {"msg": msg, "paths": paths} if {
	erasure_applies
	count(gaps) > 0
	msg := sprintf("%s, affecting %s, %s", [
		concat(", and ", sort([g.text | some g in gaps])),
		lib.people_text,
		basis_text,
	])
	paths := array.concat(sort([g.path | some g in gaps]), ["/spec/data/lawfulBases"])
}

default basis_text := "and the lawful basis, which decides whether erasure may be refused, is not stated"

basis_text := sprintf("though the processing rests on %s, under which the right to erasure applies", [bases]) if {
	count(erasable_bases) > 0
	bases := lib.quote_all(erasable_bases)
}

erasable_bases := lib.lawful_bases - exempt_bases
