# METADATA
# title: High-risk processing in Kenya without a data protection impact assessment
# description: >-
#   Section 31 of Kenya's Data Protection Act, 2019 requires a data protection
#   impact assessment before processing that is likely to result in a high
#   risk to people's rights and freedoms. The High Court stopped the roll-out
#   of the Huduma Namba national ID in 2021 because none had been done.
# custom:
#   id: KE-DPA-001
#   severity: high
#   likelihood: likely
#   rights: [privacy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.31}
#     - {framework: GDPR, ref: Art 35}
#   remediation: >-
#     Carry out a data protection impact assessment before processing, submit
#     it to the Office of the Data Protection Commissioner where required, and
#     record it in accountability.impactAssessments.
package dria.rules.kenya_dpa.dpia

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if ke.deployed_in_kenya

findings contains {"msg": msg, "paths": paths} if {
	count(ke.high_risk) > 0
	not has_dpia
	msg := sprintf("deployed in Kenya with high-risk processing (%s) affecting %s, but no DPIA is recorded", [
		concat(", ", sort(ke.high_risk)),
		lib.people_text,
	])
	paths := ["/spec/context/jurisdictions", "/spec/data/categories", "/spec/accountability/impactAssessments"]
}

has_dpia if {
	some ia in input.spec.accountability.impactAssessments
	ia.type in {"dpia", "hria", "fria"}
}
