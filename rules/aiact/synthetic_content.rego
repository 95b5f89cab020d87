# METADATA
# title: AI-generated content or chatbot not disclosed as such
# description: >-
#   The system generates text, images, audio or video, or talks to people
#   as a chatbot, and its output is stated not to be labelled as AI-made.
#   The AI Act requires people to be told when they interact with an AI
#   system, synthetic output to be marked in a machine-readable way, and
#   deep fakes and AI-generated text published on matters of public interest
#   to be disclosed (Art 50). Unlabelled synthetic content misleads people
#   about who or what they are dealing with and, in news, politics and
#   public services, corrupts the information they rely on to form opinions
#   and make choices. Generative AI in elections and political advertising is
#   checked by DRIA-ELEC-009.
# custom:
#   id: DRIA-AIA-008
#   severity: medium
#   likelihood: possible
#   rights: [expression]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 50}
#     - {framework: ICCPR, ref: Art 19}
#   remediation: >-
#     Tell people at the start of every conversation that they are talking to
#     an AI system, mark all generated images, audio, video and text with a
#     machine-readable watermark or metadata (for example C2PA content
#     credentials) and a visible label where it is published, and set
#     `ai.syntheticContentLabelled: true` once this is in place.
package dria.rules.aiact.synthetic_content

import data.dria.lib

generative := lib.techniques & {"generative", "chatbot"}

# Political uses are left to DRIA-ELEC-009.
political if count(lib.domains & {"elections", "political-advertising"}) > 0

political if lib.stated(["spec", "elections"])

political if input.spec.expression.politicalAds.allowed == true

applies if {
	count(generative) > 0
	lib.in_eea
	not political
}

findings contains {"msg": msg, "paths": paths} if {
	count(generative) > 0
	lib.in_eea
	not political
	input.spec.ai.syntheticContentLabelled == false
	msg := sprintf(
		"output of %s reaching %s is not labelled as AI-generated (`syntheticContentLabelled: false`)%s",
		[lib.quote_all(generative), lib.people_text, civic_text],
	)
	paths := ["/spec/ai/syntheticContentLabelled", "/spec/ai/techniques"]
}

civic := lib.domains & {"news-media", "civic-participation", "public-services", "social-media"}

default civic_text := ""

civic_text := sprintf(", in %s", [lib.quote_all(civic)]) if count(civic) > 0
