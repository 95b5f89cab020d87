# METADATA
# title: Mandatory biometric enrolment in a digital ID with no non-biometric alternative
# description: >-
#   People must enrol their fingerprints, face or iris in a national or
#   foundational digital identity scheme, and no alternative route (a
#   non-biometric or assisted channel) is stated. Biometric data cannot be
#   changed if leaked, and a compulsory central biometric register allows
#   tracking across every service. People whose fingerprints are worn by
#   manual work or age, people with disabilities and people who cannot reach
#   an enrolment centre are left without an identity and without the services
#   tied to it. India's Supreme Court (Puttaswamy, 2018) limited the
#   mandatory use of Aadhaar, and Kenya's High Court halted Huduma Namba
#   until a data protection framework and impact assessment existed (2020,
#   2021); the OECD action plan calls for digital identity with privacy and
#   security safeguards.
# custom:
#   id: DRIA-ID-001
#   severity: high
#   likelihood: likely
#   rights: [privacy, non-discrimination, accessibility]
#   category: digital-identity
#   references:
#     - {framework: OECD-DD, ref: Key area 3}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: CRPD, ref: Art 9}
#   remediation: >-
#     Make biometric enrolment voluntary, or limit it to what the law strictly
#     requires; offer a non-biometric route to enrol and to authenticate
#     (documents, introducers, one-time codes, an officer's verification),
#     exempt children and people whose biometrics cannot be captured, and do
#     not make any service conditional on biometric enrolment.
package dria.rules.identity.mandatory_biometric_enrolment

import data.dria.lib

excluded_groups := {
	"elderly",
	"persons-with-disabilities",
	"low-income",
	"workers",
	"children",
	"indigenous-peoples",
	"refugees-asylum-seekers",
	"migrants",
}

applies if lib.id_system

findings contains {"msg": msg, "paths": paths} if {
	lib.id_system
	input.spec.affected.mandatory == true
	object.get(input, ["spec", "accessibility", "nonDigitalAlternative"], false) != true
	some bio in biometric_enrolment
	msg := sprintf(
		"enrolment of %s in the identity scheme is mandatory (`mandatory: true`) and collects %s, and %s%s",
		[lib.people_text, bio.text, alternative_text, groups_text],
	)
	paths := sort({
		"/spec/affected/mandatory",
		bio.path,
		"/spec/accessibility/nonDigitalAlternative",
		lib.id_path,
	} | group_paths)
}

biometric_enrolment := {{"text": "`biometric` data", "path": "/spec/data/categories"}} if {
	"biometric" in lib.categories
} else := {{"text": sprintf("faces for %s", [lib.quote_all(ts)]), "path": "/spec/ai/techniques"}} if {
	ts := lib.techniques & {"facial-recognition", "remote-biometric-identification"}
	count(ts) > 0
}

default alternative_text := "no non-biometric or assisted alternative is stated"

alternative_text := "no non-biometric or assisted alternative remains (`nonDigitalAlternative: false`)" if {
	input.spec.accessibility.nonDigitalAlternative == false
}

default groups_text := ""

groups_text := sprintf(
	"; people most likely to fail enrolment include %s",
	[lib.quote_all(lib.groups & excluded_groups)],
) if {
	count(lib.groups & excluded_groups) > 0
}

default group_paths := set()

group_paths := {"/spec/affected/groups"} if count(lib.groups & excluded_groups) > 0
