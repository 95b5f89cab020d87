# METADATA
# title: Use of AI or statistical models is not stated
# description: >-
#   The description does not say whether the system uses machine learning or
#   statistical models. Profiling and risk scoring bring duties of bias
#   testing, accuracy and oversight that cannot be checked without this
#   answer. A system that touches no one is not asked, nor is AI use marked
#   not applicable.
# custom:
#   id: DRIA-GAP-008
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination, fair-trial]
#   category: information-gap
#   references:
#     - {framework: EU-AIA, ref: "Art 6"}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     State `ai.used`, and if true the `ai.techniques`, model `inputs` and
#     `modelProvider`.
package dria.rules.gaps.ai_use

import data.dria.lib

applies if lib.question_applies("ai.used")

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "ai", "used"])
	count(lib.techniques) == 0
	msg := "whether the system uses AI or statistical models (`ai.used`) is not stated"
	paths := ["/spec/ai/used"]
}
