# METADATA
# title: Generative AI in campaigning without labelling synthetic content
# description: >-
#   Generative AI produces text, images, audio or video for political
#   campaigning, political ads or voter information, and the output is not
#   labelled as artificially generated. Unlabelled synthetic content, from
#   fabricated audio of a candidate to fake images of events, deceives voters
#   at scale and late in a campaign, when it can no longer be corrected. The
#   AI Act requires deployers to disclose deep fakes and AI-generated text
#   published to inform the public, and treats AI systems meant to influence
#   voting behaviour as high-risk.
# custom:
#   id: DRIA-ELEC-009
#   severity: medium
#   likelihood: likely
#   rights: [participation, expression]
#   category: elections
#   references:
#     - {framework: EU-AIA, ref: Art 50}
#     - {framework: EU-AIA, ref: Annex III 8(b)}
#     - {framework: EU-TTPA, ref: ""}
#     - {framework: CPH-PLEDGE, ref: ""}
#   remediation: >-
#     Label all AI-generated or manipulated campaign content visibly and in
#     machine-readable form (for example C2PA content credentials or a
#     watermark), never generate realistic depictions of real candidates or
#     events without disclosure, record generated ads as such in the ad
#     library, and keep a register of the models and prompts used.
package dria.rules.elections.synthetic_content

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

applies if input.spec.expression.politicalAds.allowed == true

political_uses contains lib.quote(f) if {
	some f in input.spec.elections.functions
	f in {"campaigning", "voter-information"}
}

political_uses contains "`political-advertising`" if "political-advertising" in lib.domains

political_uses contains "political ads (`politicalAds.allowed: true`)" if {
	input.spec.expression.politicalAds.allowed == true
}

findings contains {"msg": msg, "paths": paths} if {
	"generative" in lib.techniques
	count(political_uses) > 0
	msg := sprintf("generative AI is used for %s reaching %s, and %s", [
		lib.join_and(sort(political_uses)),
		lib.people_text,
		label_state,
	])
	paths := [
		"/spec/ai/techniques",
		"/spec/ai/syntheticContentLabelled",
		"/spec/elections/functions",
		"/spec/context/domains",
	]
}

label_state := "synthetic content is not labelled (`syntheticContentLabelled: false`)" if {
	input.spec.ai.syntheticContentLabelled == false
} else := "labelling of synthetic content is not stated" if {
	lib.absent(["spec", "ai", "syntheticContentLabelled"])
}
