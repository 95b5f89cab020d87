# METADATA
# title: People cannot have wrong data about them corrected
# description: >-
#   People cannot have inaccurate data about them corrected or incomplete
#   data completed (`subjectRights.rectification: false`). Errors then
#   persist and travel: a wrong address, a mismatched record or a false
#   accusation keeps counting against the person in every decision and
#   every disclosure that uses it. Accuracy is a principle of data
#   protection, and the right to rectification is how people enforce it.
# custom:
#   id: DRIA-PRIV-027
#   severity: medium
#   likelihood: likely
#   rights: [privacy, fair-trial]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 16}
#     - {framework: GDPR, ref: Art 5(1)(d)}
#     - {framework: EU-CFR, ref: Art 8(2)}
#     - {framework: ECHR, ref: Art 8}
#   remediation: >-
#     Let people ask for a correction of any data about them, decide within a
#     month, pass corrections on to every recipient of the data, and mark
#     disputed data as disputed in the meantime so that it does not decide a
#     case on its own.
package dria.rules.privacy.no_rectification_right

import data.dria.lib

applies if lib.stated(["spec", "data", "subjectRights"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.data.subjectRights.rectification == false
	msg := sprintf("people cannot have wrong data about them corrected (`rectification: false`), affecting %s%s", [
		lib.people_text,
		consequence_text,
	])
	paths := array.concat(["/spec/data/subjectRights/rectification"], consequence_paths)
}

default consequence_text := ""

consequence_text := sprintf(", and the data feed decisions about them (`automation: %s`)", [lib.automation]) if {
	lib.decides_about_people
} else := sprintf(", and the data are disclosed to %s", [lib.quote_all({s.recipient |
	some s in input.spec.data.sharing
})]) if {
	count(input.spec.data.sharing) > 0
}

default consequence_paths := []

consequence_paths := ["/spec/decisions/automation"] if {
	lib.decides_about_people
} else := ["/spec/data/sharing"] if {
	count(input.spec.data.sharing) > 0
}
