# METADATA
# title: Children do not get high-privacy settings by default
# description: >-
#   Children use or are affected by the service, and they do not get
#   high-privacy settings by default: the description says so for minors
#   (`children.highPrivacyDefaults: false`), or it says privacy-protective
#   settings are not the default for anyone (`privacyByDefault: false`) and
#   says nothing of minors. Children are least able to notice or change
#   defaults: accounts and posts stay public, strangers can contact them,
#   location and profiling stay on. Data protection by default and the duty
#   of online platforms to protect minors' privacy and safety to a high
#   level require the protective setting to be the starting point; the Irish
#   data protection authority fined TikTok in 2023 for public-by-default
#   accounts of child users.
# custom:
#   id: DRIA-CHILD-013
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: GDPR, ref: Art 25(2)}
#     - {framework: EU-DSA, ref: Art 28}
#     - {framework: CRC, ref: Art 16}
#     - {framework: CRC, ref: General Comment No. 25}
#   remediation: >-
#     Make the most private settings the default for every user who may be a
#     child: private accounts and content, no contact by unknown adults,
#     location and profiling off, nothing public unless the child chooses it
#     after clear, age-appropriate information.
package dria.rules.children.no_high_privacy_defaults

import data.dria.lib

applies if lib.children_affected

gap := {
	"text": "minors do not get high-privacy settings by default (`children.highPrivacyDefaults: false`)",
	"path": "/spec/children/highPrivacyDefaults",
} if {
	input.spec.children.highPrivacyDefaults == false
} else := {
	"text": "privacy-protective settings are not the default for anyone (`privacyByDefault: false`)",
	"path": "/spec/data/privacyByDefault",
} if {
	lib.absent(["spec", "children", "highPrivacyDefaults"])
	input.spec.data.privacyByDefault == false
}

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	msg := sprintf("the system affects %s, including children, and %s", [lib.people_text, gap.text])
	paths := array.concat(lib.children_paths, [gap.path])
}
