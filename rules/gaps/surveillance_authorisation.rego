# METADATA
# title: Authorisation of a surveillance capability is not stated
# description: >-
#   The system monitors public spaces, tracks locations, intercepts
#   communications or identifies people biometrically, but the description
#   does not say whether each use needs prior independent (judicial)
#   authorisation. Without it, interference with privacy and assembly lacks
#   the safeguard courts require (ECHR Art 8). Not asked when authorisation
#   is marked not applicable or the system touches no one.
# custom:
#   id: DRIA-GAP-016
#   severity: medium
#   likelihood: possible
#   rights: [privacy, liberty-security, assembly-association]
#   category: information-gap
#   references:
#     - {framework: ECHR, ref: "Art 8"}
#     - {framework: ICCPR, ref: "Art 17"}
#   remediation: >-
#     State `surveillance.judicialAuthorisation`, and describe who authorises
#     each use and how it is logged.
package dria.rules.gaps.surveillance_authorisation

import data.dria.lib

applies if {
	count(capabilities) > 0
	lib.question_applies("surveillance.judicialAuthorisation")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "surveillance", "judicialAuthorisation"])
	msg := sprintf(
		concat(" ", [
			"the system has surveillance capabilities (%s) but whether each use needs prior",
			"judicial authorisation (`surveillance.judicialAuthorisation`) is not stated",
		]),
		[concat(", ", sort(capabilities))],
	)
	paths := ["/spec/surveillance/judicialAuthorisation", "/spec/surveillance"]
}

capabilities contains sprintf("`%s`", [name]) if {
	some name in ["publicSpaces", "locationTracking", "lawfulInterception"]
	input.spec.surveillance[name] == true
}

# Facial recognition is a surveillance capability when it identifies people
# (one-to-many); a one-to-one check (`biometricFunctions: [verification]`)
# that a person is who they claim to be is not.
capabilities contains sprintf("`%s`", [t]) if {
	lib.biometric_one_to_many
	some t in (lib.techniques & {"facial-recognition", "remote-biometric-identification"})
}
