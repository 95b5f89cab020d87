# METADATA
# title: Grievance channel not accessible to everyone affected, or not stated to be
# description: >-
#   People can complain, but not everyone affected can actually use the
#   channel: it is online only, in one language, not usable with assistive
#   technology, or otherwise out of reach (`grievance.accessible: false`);
#   or, where vulnerable people cannot opt out of decisions with legal
#   effect (or measures weighing like them), the description does not say
#   that it is accessible. Those least able to use it are
#   usually those most exposed to the system's errors: older people, persons
#   with disabilities, migrants, people on low incomes, people without
#   internet access. UNGP 31 makes accessibility (known to all affected, with
#   help for those facing barriers of language, literacy, cost or fear of
#   reprisal) a condition of an effective grievance mechanism; the CRPD
#   guarantees persons with disabilities effective access to justice. Not
#   applicable when accessibility of the channel is marked not applicable.
# custom:
#   id: DRIA-REM-002
#   severity: medium
#   likelihood: likely
#   rights: [remedy, accessibility, non-discrimination]
#   category: remedy
#   references:
#     - {framework: UNGP, ref: "31"}
#     - {framework: CRPD, ref: Art 13}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Make the grievance channel usable by every group affected: offline and
#     assisted routes (phone, counter, post, through advocates), the
#     languages people speak, plain language, WCAG 2.1 AA conformance, no
#     cost, and help for people who cannot file alone. Test it with
#     representatives of the groups concerned.
package dria.rules.remedy.grievance_accessibility

import data.dria.lib

applies if {
	input.spec.accountability.grievance.available == true
	lib.question_applies("accountability.grievance.accessible")
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.grievance.accessible == false
	msg := sprintf("the complaint channel is not accessible to everyone affected (`grievance.accessible: false`)%s%s", [
		groups_text,
		barriers_text,
	])
	paths := array.concat(array.concat(["/spec/accountability/grievance/accessible"], groups_paths), barrier_paths)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "grievance", "accessible"])
	count(lib.affected_vulnerable) > 0
	input.spec.affected.mandatory == true
	lib.significant_decision
	msg := sprintf("whether the complaint channel is accessible to everyone affected is not stated%s%s", [
		groups_text,
		barriers_text,
	])
	paths := array.concat(array.concat(["/spec/accountability/grievance"], groups_paths), barrier_paths)
}

default groups_text := ""

groups_text := sprintf(", although the %s affected include %s", [
	lib.people_text,
	lib.quote_all(lib.affected_vulnerable),
]) if {
	count(lib.affected_vulnerable) > 0
}

default groups_paths := []

groups_paths := ["/spec/affected/groups"] if count(lib.affected_vulnerable) > 0

barriers contains "there is no non-digital alternative (`nonDigitalAlternative: false`)" if {
	input.spec.accessibility.nonDigitalAlternative == false
}

barriers contains "the service meets no WCAG level (`wcag: none`)" if {
	input.spec.accessibility.wcag == "none"
}

barrier_paths := [p |
	some p in ["/spec/accessibility/nonDigitalAlternative", "/spec/accessibility/wcag"]
	barrier_path_applies(p)
]

barrier_path_applies("/spec/accessibility/nonDigitalAlternative") if {
	input.spec.accessibility.nonDigitalAlternative == false
}

barrier_path_applies("/spec/accessibility/wcag") if input.spec.accessibility.wcag == "none"

default barriers_text := ""

barriers_text := sprintf("; %s", [concat(" and ", sort([b | some b in barriers]))]) if count(barriers) > 0
