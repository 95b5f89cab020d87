# METADATA
# title: Social scoring (prohibited practice)
# description: >-
#   The system scores or classifies people on their social behaviour or
#   personal characteristics, a practice the AI Act prohibits where the
#   score leads to detrimental treatment in contexts unrelated to where the
#   data were collected, or treatment that is unjustified or disproportionate
#   to the behaviour. Social scores follow people from one area of life into
#   another (a late payment into a benefit check, a neighbour complaint into a
#   housing decision), punish them for lawful conduct and entrench
#   discrimination against those whose lives are most recorded.
# custom:
#   id: DRIA-AIA-001
#   severity: critical
#   likelihood: likely
#   rights: [non-discrimination, privacy, fair-trial]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(c)}
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: UDHR, ref: Art 12}
#   remediation: >-
#     Stop the scoring. If a lawful, narrowly defined assessment is needed
#     for a single purpose, use only data collected for that purpose, state
#     the criteria in law, and never carry a score into unrelated decisions.
package dria.rules.aiact.social_scoring

import data.dria.lib

applies if lib.ai_used

findings contains {"msg": msg, "paths": paths} if {
	some i, t in input.spec.ai.techniques
	t == "social-scoring"
	msg := sprintf(
		"uses `social-scoring` to evaluate or classify %s%s, a practice prohibited by AI Act Art 5(1)(c)",
		[lib.people_text, domains_text],
	)
	paths := [sprintf("/spec/ai/techniques/%d", [i]), "/spec/context/domains"]
}

default domains_text := ""

domains_text := sprintf(" in %s", [lib.quote_all(lib.domains)]) if count(lib.domains) > 0
