# The impact level I-IV of a system and the safeguards it requires: part
# of the engine (package dria.engine), kept in a file of its own.
package dria.engine

import data.dria.lib

# Direct interference: harm that needs no decision about anyone. Mass
# monitoring of public spaces, interception and bulk access, the targeting
# of journalists, activists and defenders, and biometric identification
# interfere with rights by existing; each raises the level on its own, and
# more than one kind adds a point (at most 4 in all).
interference contains ["monitors publicly accessible spaces", 2] if input.spec.surveillance.publicSpaces == true

interference contains ["can intercept communications or give bulk access to data", 3] if {
	input.spec.surveillance.lawfulInterception == true
}

interference contains ["may target journalists, activists or human rights defenders", 3] if {
	input.spec.surveillance.targetsIncludeCivilSociety == true
}

interference contains ["identifies people from their biometric data in real time", 3] if {
	biometric_identification
	input.spec.ai.biometricMode == "real-time"
}

interference contains ["identifies people from their biometric data (one-to-many)", 2] if {
	biometric_identification
	object.get(input, ["spec", "ai", "biometricMode"], null) != "real-time"
}

interference contains [sprintf("processes biometric data of %s", [lib.people_text]), 2] if {
	"biometric" in lib.categories
	lib.people >= 100000
}

# biometric_identification holds when people are searched for among
# others by their biometric data: an identification or de-duplication
# function, or (when the functions are not stated) a technique that
# identifies, unless the mode says no identification happens. A
# one-to-one check (verification) is not identification.
biometric_identification if {
	some f in input.spec.ai.biometricFunctions
	f in {"identification", "deduplication"}
}

biometric_identification if {
	lib.biometric_identifies
	object.get(input, ["spec", "ai", "biometricMode"], null) != "none"
}

default interference_extra := 0

interference_extra := 1 if count(interference) > 1

interference_points := min([4, max([i[1] | some i in interference]) + interference_extra]) if count(interference) > 0

# ---------------------------------------------------------------------------
# Impact level I-IV, after the Government of Canada's Directive on
# Automated Decision-Making: the more people, the more vulnerable, the less
# reversible and the more automated, the higher the level.

impact_factors contains ["irremediability", p, r] if {
	not lib.touches_no_one
	p := {"reversible": 0, "hard-to-reverse": 2, "irreversible": 3}[input.spec.decisions.reversibility]
	r := sprintf("decisions are %s", [replace(input.spec.decisions.reversibility, "-", " ")])
}

impact_factors contains ["irremediability", 2, "reversibility not stated"] if {
	not input.spec.decisions.reversibility
	not lib.touches_no_one
}

impact_factors contains ["scale", scale_points, scale_reason]

impact_factors contains ["scope", vulnerable_points, r] if {
	vulnerable_points > 0
	r := concat("; ", sort({s | some s in scope_reasons; not contains(s, "mandatory")}))
}

impact_factors contains ["mandatory", 1, "people cannot opt out"] if {
	mandatory_points == 1
	not lib.touches_no_one
}

impact_factors contains ["automation", p, r] if {
	p := {"none": 0, "assistive": 0, "partial": 1, "full": 2}[input.spec.decisions.automation]
	r := sprintf("automation: %s", [input.spec.decisions.automation])
}

impact_factors contains ["automation", 1, "degree of automation not stated"] if {
	not input.spec.decisions.automation
	not lib.touches_no_one
}

impact_factors contains [
	"legal effect",
	1,
	"decisions have legal or similarly significant effects",
] if {
	input.spec.decisions.legalEffect == true
}

impact_factors contains [
	"legal effect",
	1,
	"whether decisions have legal effects is not stated",
] if {
	lib.absent(["spec", "decisions", "legalEffect"])
	not lib.touches_no_one
}

impact_factors contains [
	"domain",
	1,
	sprintf("sensitive domain: %s", [concat(", ", sort(lib.domains & lib.sensitive_domains))]),
] if {
	count(lib.domains & lib.sensitive_domains) > 0
}

impact_factors contains ["direct interference", interference_points, r] if {
	count(interference) > 0
	r := sprintf("direct interference: %s", [concat("; ", sort([i[0] | some i in interference]))])
}

impact_points := sum([f[1] | some f in impact_factors])

default impact_level := "I"

impact_level := "IV" if {
	impact_points >= 9
} else := "III" if {
	impact_points >= 6
} else := "II" if {
	impact_points >= 3
}

impact_reasons := array.concat([f[2] | some f in sort(impact_factors); f[1] > 0], touch_note)

default touch_note := []

touch_note := [concat("", [
	"the system touches no one (no personal data, no decisions about people, no profiling): ",
	"decision, scale and scope factors do not apply",
])] if {
	lib.touches_no_one
}

# The safeguards each level requires, cumulative, after the Directive's
# Appendix C (peer review, notice, human involvement, explanation, training,
# contingency, approval).
safeguards_by_level := {
	"I": [
		"Plain-language notice that the system is used",
		"A way for people to contest a decision and reach a person",
	],
	"II": [
		"Meaningful explanation of each decision to the person concerned",
		"Published documentation of purpose, logic and data",
		"Peer review of the system by a qualified expert",
		"Training for the staff who operate it",
	],
	"III": [
		"A person can intervene in and override each decision",
		"Published impact assessment with affected groups consulted",
		"Disaggregated bias testing before deployment and regularly after",
		"Contingency plan to keep the service running without the system",
	],
	"IV": [
		"A person makes the final decision in every case",
		"Independent external audit with published results",
		"Approval by the organisation's highest authority before deployment",
	],
}

level_order := ["I", "II", "III", "IV"]

level_rank := {"I": 0, "II": 1, "III": 2, "IV": 3}

required_safeguards := [s |
	some i, level in level_order
	i <= level_rank[impact_level]
	some s in safeguards_by_level[level]
]
