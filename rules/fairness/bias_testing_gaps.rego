# METADATA
# title: Bias testing leaves out affected groups or is out of date
# description: >-
#   The model's results have been compared across some groups, but not
#   across the groups in situations of vulnerability that the description
#   says it affects, or the last evaluation is more than a year old. A
#   model tested only by sex can still fail disabled, older or minority
#   people; a test run on an earlier model version or on last year's data
#   says little about today's system. Evaluations must cover the people
#   actually affected and be repeated as the model and its data change.
#   Employment systems' coverage is checked by DRIA-FAIR-007.
# custom:
#   id: DRIA-FAIR-004
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: EU-AIA, ref: Art 10}
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: UNGP, ref: "20"}
#   remediation: >-
#     Extend the evaluation to every affected group listed (using proxies,
#     surveys or consented samples where group data are not held), run it in
#     field conditions on the current model version, record the date and
#     evidence in `ai.biasTesting`, and repeat it at least every twelve months
#     and after each retraining.
package dria.rules.fairness.bias_testing_gaps

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.ai_used
	input.spec.ai.biasTesting.performed == true
}

# Once a model has been tested, surveillance counts too: a model that flags
# people for the authorities' attention must have been tested on the groups
# it watches, and a stale test of it is as misleading as any other.
decision_domains := lib.decision_domains | {"surveillance"}

decision_context if {
	count(lib.domains & decision_domains) > 0
	lib.may_have_legal_effect
}

decision_context if input.spec.decisions.legalEffect == true

bt := input.spec.ai.biasTesting

# How a tested group's label shows that an affected group was covered.
group_patterns := {
	"women": `(?i)(^|[^a-z])(sex|gender|wom[ae]n|female)`,
	"ethnic-minorities": `(?i)ethnic|race|racial|skin|colou?r|origin|minorit`,
	"migrants": `(?i)migra|nationalit|citizenship|foreign|origin|country.of.birth`,
	"refugees-asylum-seekers": `(?i)refugee|asylum|migra|nationalit|origin`,
	"persons-with-disabilities": `(?i)disab|impair|handicap`,
	"elderly": `(?i)(^|[^a-z])age([^a-z]|$)|elder|older|senior`,
	"children": `(?i)child|minors?([^a-z]|$)|(^|[^a-z])age([^a-z]|$)|youth|young|juvenile`,
	"religious-minorities": `(?i)religi|faith|belief`,
	"lgbtiq": `(?i)lgbt|sexual|gender.identity|queer|trans`,
	"low-income": `(?i)income|poverty|socio.?economic|deprivation|class`,
	"indigenous-peoples": `(?i)indigen|aborigin|first.nations|native|ethnic`,
}

covered(group) if {
	some label in bt.groups
	regex.match(group_patterns[group], label)
}

untested contains g if {
	some g in lib.groups
	group_patterns[g]
	not covered(g)
}

findings contains {"msg": msg, "paths": paths} if {
	decision_context
	bt.performed == true
	not "employment" in lib.domains
	count(untested) > 0
	msg := sprintf(
		"bias testing of a model that shapes %s decisions affecting %s compares %s, but not the affected groups %s",
		[lib.quote(lib.automation), lib.people_text, tested_text, lib.quote_all(untested)],
	)
	paths := ["/spec/ai/biasTesting/groups", "/spec/affected/groups"]
}

findings contains {"msg": msg, "paths": paths} if {
	decision_context
	bt.performed == true
	days := lib.days_since(bt.lastRun)
	days > 365
	msg := sprintf(
		concat(" ", [
			"the last bias test of a model that shapes %s decisions",
			"affecting %s was run on %s, %s days ago (more than 12 months)",
		]),
		[lib.quote(lib.automation), lib.people_text, lib.quote(bt.lastRun), lib.fmt_int(days)],
	)
	paths := ["/spec/ai/biasTesting/lastRun"]
}

default tested_text := "unstated groups"

tested_text := lib.quote_all({g | some g in bt.groups}) if count(bt.groups) > 0
