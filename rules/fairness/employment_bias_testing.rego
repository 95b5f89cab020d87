# METADATA
# title: Hiring or worker model or score not tested for bias on every ground it must be
# description: >-
#   A model, a rule-based score or a points system screens, ranks or scores
#   job applicants, job-seekers or workers, and its results have not been
#   compared by one or more of sex, age, disability and ethnic origin, or by
#   the other affected groups the description lists; the finding names the
#   grounds left out. Testing found inadequate or disputed does not count.
#   Models trained on past hiring or performance data learn past
#   discrimination: Amazon scrapped a CV screener that downgraded CVs
#   mentioning women's colleges and clubs, and the Austrian employment
#   service's job-seeker algorithm openly scored women, older and disabled
#   people lower. Hiring and worker management are high-risk under Annex III
#   of the AI Act, and discrimination in access to work is prohibited.
# custom:
#   id: DRIA-FAIR-007
#   severity: medium
#   likelihood: likely
#   rights: [work, non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: ICESCR, ref: Art 6}
#     - {framework: UDHR, ref: Art 23}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 6}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Before use and after every retraining, compare selection rates, scores
#     and error rates by sex, age band, disability and ethnic origin (and any
#     other affected group), using the four-fifths rule only as a first
#     screen; remove features that carry these traits (gaps in employment,
#     names, postcodes, clubs, accent); publish a summary for candidates and
#     workers' representatives.
package dria.rules.fairness.employment_bias_testing

import data.dria.lib

applies if {
	"employment" in lib.domains
	lib.decides_about_people
	lib.automated_scoring
	lib.question_applies("ai.biasTesting")
}

bt := lib.bias_testing

tested if lib.bias_tested

# Grounds every hiring or worker model must be tested on, and the
# affected groups that add to them.
ground_patterns := {
	"sex": `(?i)(^|[^a-z])(sex|gender|wom[ae]n|female)`,
	"age": `(?i)(^|[^a-z])age([^a-z]|$)|older|elder|senior`,
	"disability": `(?i)disab|impair|handicap`,
	"ethnic origin": `(?i)ethnic|race|racial|origin|skin|colou?r|nationalit|migra`,
}

group_grounds := {
	"migrants": `(?i)migra|nationalit|citizenship|origin|foreign`,
	"refugees-asylum-seekers": `(?i)refugee|asylum|migra|nationalit|origin`,
	"religious-minorities": `(?i)religi|faith|belief`,
	"lgbtiq": `(?i)lgbt|sexual|gender.identity|queer|trans`,
	"indigenous-peoples": `(?i)indigen|aborigin|first.nations|native`,
	"people-with-migration-background": `(?i)migra|nationalit|citizenship|origin|foreign`,
	"single-parents": `(?i)single.parent|lone.parent|family|household|care`,
}

covered(pattern) if {
	tested
	some label in bt.groups
	regex.match(pattern, label)
}

untested contains g if {
	some g, pattern in ground_patterns
	not covered(pattern)
}

untested contains name if {
	some g in lib.groups
	pattern := group_grounds[g]
	not covered(pattern)
	name := group_names[g]
}

# The ground each affected group stands for, as named in messages.
group_names := {
	"migrants": "migration background",
	"refugees-asylum-seekers": "refugee status",
	"religious-minorities": "religion",
	"lgbtiq": "sexual orientation or gender identity",
	"indigenous-peoples": "indigenous origin",
	"people-with-migration-background": "migration background",
	"single-parents": "family status",
}

findings contains {"msg": msg, "paths": paths} if {
	"employment" in lib.domains
	lib.decides_about_people
	lib.automated_scoring
	count(untested) > 0
	msg := sprintf(
		concat(" ", [
			"%s that shapes %s decisions about job applicants or workers",
			"(%s) %s, so it is not known whether it disadvantages people by %s",
		]),
		[what, lib.quote(lib.automation), lib.people_text, state_text, lib.quote_all(untested)],
	)
	paths := ["/spec/ai/biasTesting", "/spec/context/domains", "/spec/decisions/automation"]
}

default state_text := "has no bias testing stated"

state_text := sprintf("has been tested for bias only by %s", [lib.quote_all({g | some g in bt.groups})]) if {
	tested
	count(bt.groups) > 0
} else := "has been tested for bias without stating the groups" if {
	tested
} else := "has never been tested for bias (`biasTesting.performed: false`)" if {
	bt.performed == false
} else := sprintf("has bias testing that cannot be counted on%s", [lib.bias_testing_note]) if {
	bt.performed == true
}

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if not lib.ai_used
