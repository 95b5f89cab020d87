# METADATA
# title: Children's data in Kenya used for profiling or targeting
# description: >-
#   Section 33 of Kenya's Data Protection Act, 2019 allows processing of a
#   child's data only with parental consent and in a way that protects and
#   advances the child's rights and best interests. Profiling children or
#   targeting them does neither.
# custom:
#   id: KE-DPA-003
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.33}
#     - {framework: CRC, ref: Art 3}
#   remediation: >-
#     Stop profiling and targeting children; verify age and obtain parental
#     consent before processing a child's data, and limit it to what serves the
#     child's best interests.
package dria.rules.kenya_dpa.children

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if ke.deployed_in_kenya

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	uses := lib.techniques & {"profiling", "targeting", "recommender"}
	count(uses) > 0
	msg := sprintf("children's data is processed in Kenya with %s", [lib.quote_all(uses)])
	paths := ["/spec/affected/groups", "/spec/data/categories", "/spec/ai/techniques"]
}
