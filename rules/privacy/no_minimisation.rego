# METADATA
# title: No data minimisation where data are sensitive, linked or large-scale
# description: >-
#   The description says the system does not limit itself to the data its
#   purpose needs, and it handles special-category or criminal-record data,
#   links records from other databases, or covers 100,000 people or more.
#   Collecting "everything that might help" is what turns an administrative
#   system into a surveillance tool: every extra field is more to leak, more
#   to misuse for another purpose and more room for proxies of protected
#   traits. Data minimisation and data protection by design are legal duties,
#   and an interference with private life must be necessary and
#   proportionate.
# custom:
#   id: DRIA-PRIV-004
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 5(1)(c)}
#     - {framework: GDPR, ref: Art 25(1)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#   remediation: >-
#     Map every data field to the purpose it serves and drop the fields that
#     serve none; prefer aggregated, pseudonymised or yes/no answers from other
#     registers over copying whole records; document the necessity test and
#     set minimisation to true only once it holds.
package dria.rules.privacy.no_minimisation

import data.dria.lib

applies if lib.stated(["spec", "data"])

reasons contains {
	"text": sprintf("processes %s data", [lib.quote_all(lib.processed_sensitive)]),
	"path": "/spec/data/categories",
} if {
	count(lib.processed_sensitive) > 0
}

reasons contains {"text": "links records from other databases (`data-linkage`)", "path": "/spec/data/sources"} if {
	"data-linkage" in input.spec.data.sources
}

reasons contains {"text": sprintf("covers %s", [lib.people_text]), "path": "/spec/affected/people"} if {
	lib.people >= 100000
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.data.minimisation == false
	count(reasons) > 0
	texts := sort([r.text | some r in reasons])
	msg := sprintf("data are not minimised (`minimisation: false`) although the system %s", [lib.join_and(texts)])
	paths := array.concat(["/spec/data/minimisation"], sort([r.path | some r in reasons]))
}
