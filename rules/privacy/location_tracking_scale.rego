# METADATA
# title: Location of a large population tracked, kept or shared
# description: >-
#   The system tracks where 10,000 people or more are, and keeps those
#   traces for months or without a stated limit, does not minimise them, or
#   hands data to police or intelligence services. A location history shows
#   where someone lives, works, worships, seeks medical care, and which
#   protests or meetings they attend; at population scale it becomes a tool
#   for watching anyone. The chilling effect reaches everyone who knows they
#   may be tracked, including people who simply want to assemble or move
#   about freely.
# custom:
#   id: DRIA-PRIV-012
#   severity: medium
#   likelihood: likely
#   rights: [privacy, assembly-association]
#   category: privacy
#   references:
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 7}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: GDPR, ref: Art 5(1)(c)}
#     - {framework: GDPR, ref: Art 5(1)(e)}
#     - {framework: GDPR, ref: Art 35(3)(c)}
#   remediation: >-
#     Track location only where the purpose cannot be met otherwise; keep it
#     coarse, on the device or aggregated, delete raw traces within days,
#     never disclose individual location histories without prior judicial
#     authorisation in a specific case, and tell people when and why they are
#     tracked.
package dria.rules.privacy.location_tracking_scale

import data.dria.lib

tracking contains {
	"text": "tracks people's location (`locationTracking: true`)",
	"paths": ["/spec/surveillance/locationTracking"],
} if {
	input.spec.surveillance.locationTracking == true
}

tracking contains {"text": "collects `location` data from `sensors`", "paths": ["/spec/data/sources"]} if {
	"location" in lib.categories
	"sensors" in input.spec.data.sources
}

applies if count(tracking) > 0

aggravating contains {
	"text": sprintf("keeps data for %s days", [lib.fmt_int(input.spec.data.retentionDays)]),
	"paths": ["/spec/data/retentionDays"],
} if {
	input.spec.data.retentionDays > 90
}

aggravating contains {"text": "states no retention limit", "paths": ["/spec/data/retentionDays"]} if {
	lib.absent(["spec", "data", "retentionDays"])
}

aggravating contains {
	"text": "does not minimise data (`minimisation: false`)",
	"paths": ["/spec/data/minimisation"],
} if {
	input.spec.data.minimisation == false
}

aggravating contains {
	"text": sprintf("discloses data to %s", [lib.join_and([d.text | some d in disclosure_items])]),
	"paths": [d.path | some d in disclosure_items],
} if {
	count(disclosure_items) > 0
}

disclosure_items := [{
	"text": sprintf("%s (%s)", [lib.quote(s.recipient), lib.quote(s.type)]),
	"path": sprintf("/spec/data/sharing/%d", [i]),
} |
	some i, s in input.spec.data.sharing
	s.type in {"law-enforcement", "intelligence"}
	may_receive_location(s)
]

# may_receive_location holds for a disclosure that is stated to include
# location data, or that does not say what it includes.
may_receive_location(s) if not is_array(object.get(s, "dataCategories", null))

may_receive_location(s) if "location" in s.dataCategories

findings contains {"msg": msg, "paths": paths} if {
	count(tracking) > 0
	lib.people >= 10000
	count(aggravating) > 0
	msg := sprintf("the system %s for %s, and %s", [
		concat(" and ", sort([t.text | some t in tracking])),
		lib.people_text,
		lib.join_and(sort([a.text | some a in aggravating])),
	])
	paths := array.concat(
		array.concat(sort({p | some t in tracking; some p in t.paths}), ["/spec/affected/people"]),
		sort({p | some a in aggravating; some p in a.paths}),
	)
}
