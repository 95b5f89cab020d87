# METADATA
# title: People cannot get a copy of their data
# description: >-
#   People cannot find out what data the system holds about them or get a
#   copy (`subjectRights.access: false`). The right of access is the key to
#   every other right: without it people cannot see that a record is wrong,
#   that it was shared, or what a decision about them rested on, and so
#   cannot correct, object, complain or appeal. Restrictions are allowed only
#   where a law provides for them, as necessary and proportionate measures.
# custom:
#   id: DRIA-PRIV-026
#   severity: medium
#   likelihood: likely
#   rights: [privacy, remedy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 15}
#     - {framework: GDPR, ref: Art 23}
#     - {framework: EU-CFR, ref: Art 8(2)}
#     - {framework: ECHR, ref: Art 8}
#   remediation: >-
#     Give every person a free, simple way to see and get a copy of the data
#     held about them, where it came from, to whom it went and how it was
#     used in decisions about them, within a month; limit access only where a
#     published law requires it, case by case.
package dria.rules.privacy.no_access_right

import data.dria.lib

applies if lib.stated(["spec", "data", "subjectRights"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.data.subjectRights.access == false
	msg := sprintf("people cannot get a copy of the data the system holds about them (`access: false`)%s, affecting %s", [
		decision_text,
		lib.people_text,
	])
	paths := ["/spec/data/subjectRights/access"]
}

default decision_text := ""

decision_text := sprintf(
	", though it takes part in decisions about them (`automation: %s`)",
	[lib.automation],
) if {
	lib.decides_about_people
}
