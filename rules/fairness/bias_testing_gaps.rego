# METADATA
# title: Bias testing leaves out affected groups
# description: >-
#   The results of a model or score have been compared across some groups,
#   but not across the groups in situations of vulnerability that the
#   description says it affects. A model tested only by sex can still fail
#   disabled, older or minority people, or single parents. Evaluations must
#   cover the people actually affected; testing found inadequate or
#   disputed is held to this too. Employment systems' coverage is
#   checked by DRIA-FAIR-007; an out-of-date test by DRIA-FAIR-009.
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
	lib.automated_scoring
	input.spec.ai.biasTesting.performed == true
	lib.question_applies("ai.biasTesting.groups")
}

# Once a model has been tested, surveillance counts too: a model that flags
# people for the authorities' attention must have been tested on the groups
# it watches, and a stale test of it is as misleading as any other.
decision_domains := lib.decision_domains | {"surveillance"}

decision_context if {
	count(lib.domains & decision_domains) > 0
	lib.may_be_significant
}

decision_context if lib.significant_decision

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
	"people-with-migration-background": `(?i)migra|nationalit|origin|country.of.birth|foreign|ethnic`,
	"single-parents": `(?i)single.parent|lone.parent|household|family`,
	"homeless": `(?i)homeless|housing|address`,
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
		"bias testing of %s that shapes %s decisions affecting %s compares %s, but not the affected groups %s",
		[what, lib.quote(lib.automation), lib.people_text, tested_text, lib.quote_all(untested)],
	)
	paths := ["/spec/ai/biasTesting/groups", "/spec/affected/groups"]
}

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if not lib.ai_used

default tested_text := "unstated groups"

tested_text := lib.quote_all({g | some g in bt.groups}) if count(bt.groups) > 0
