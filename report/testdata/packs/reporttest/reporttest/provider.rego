# METADATA
# title: Model supplied by a named provider
# description: >-
#   A rule of the report test pack at info severity: it notes who supplies
#   the model, quoting the provider as written.
# custom:
#   id: TEST-TRANS-001
#   severity: info
#   likelihood: possible
#   rights: [expression]
#   category: transparency
#   references:
#     - {framework: EU-AIA, ref: Art 13}
#   remediation: >-
#     Publish who supplies the model and what the supplier may do with the
#     data.
package dria.rules.reporttest.provider

import data.dria.lib

findings contains {"msg": msg, "paths": ["/spec/ai/modelProvider"]} if {
	provider := input.spec.ai.modelProvider
	msg := sprintf("the model is supplied by %s", [lib.quote(provider)])
}
