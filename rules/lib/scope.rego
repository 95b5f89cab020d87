# Helpers for the facts of description format 1.1: whom a system touches,
# questions marked not applicable, the status of safeguards, automated
# decision-making without machine learning, protected characteristics and
# children. Part of data.dria.lib.
package dria.lib

# Whom the system touches.

# no_personal_data holds when the description says the system processes no
# personal data: `scope.personalData: false`, or (in v1 terms)
# `data.categories: []`, and nothing in it says otherwise.
no_personal_data if {
	input.spec.scope.personalData == false
	count(categories) == 0
	count(elsewhere_categories) == 0
}

no_personal_data if {
	input.spec.data.categories == []
	object.get(input, ["spec", "scope", "personalData"], null) != true
	count(elsewhere_categories) == 0
}

# elsewhere_categories are the personal data categories that components
# and recipients are said to hold.
elsewhere_categories contains c if {
	some part in input.spec.components
	some c in part.dataCategories
}

elsewhere_categories contains c if {
	some recipient in input.spec.data.sharing
	some c in recipient.dataCategories
}

# no_decisions_about_people holds when the description says the system
# takes, recommends and triggers no decision or measure about individuals:
# `scope.decisionsAboutPeople: false`, or (in v1 terms) `decisions.automation:
# none` with `decisions.legalEffect: false`, and no stated effect on people.
no_decisions_about_people if {
	input.spec.scope.decisionsAboutPeople == false
	not decides_about_people
	object.get(input, ["spec", "decisions", "legalEffect"], null) != true
	count(effects) == 0
}

no_decisions_about_people if {
	input.spec.decisions.automation == "none"
	input.spec.decisions.legalEffect == false
	object.get(input, ["spec", "scope", "decisionsAboutPeople"], null) != true
	count(effects) == 0
}

# no_profiling holds when the description says nobody is evaluated, scored
# or predicted: `scope.profiling: false`, or (in v1 terms) `ai.used: false`
# with no technique listed.
no_profiling if {
	input.spec.scope.profiling == false
	count(techniques & profiling_techniques) == 0
}

no_profiling if {
	input.spec.ai.used == false
	count(techniques) == 0
	object.get(input, ["spec", "scope", "profiling"], null) != true
}

# Techniques that evaluate or predict aspects of individuals.
profiling_techniques := {
	"risk-scoring", "profiling", "facial-recognition", "remote-biometric-identification",
	"emotion-recognition", "biometric-categorisation", "predictive-policing", "social-scoring",
	"recommender", "targeting",
}

# touches_no_one holds for a system with no personal data, no decisions or
# measures about people and no profiling (an open-data API, a catalogue
# search without accounts): the questions about decisions, redress, scale
# and reversibility do not apply to it.
touches_no_one if {
	no_personal_data
	no_decisions_about_people
	no_profiling
}

# Questions that do not apply.

# na_fields are the dotted names listed in spec.notApplicable.
na_fields contains entry.field if some entry in input.spec.notApplicable

# not_applicable(field) holds when the question field (a dotted name under
# spec, such as "decisions.humanReview") is marked not applicable, itself
# or through the section or object that holds it.
not_applicable(field) if field in na_fields

not_applicable(field) if {
	some listed in na_fields
	startswith(field, concat("", [listed, "."]))
}

# The decision questions (human review, explanation, appeal, reversibility)
# do not apply to a system that decides nothing about people.
decision_question_void if no_decisions_about_people

decision_question_void if not_applicable("decisions")

# Safeguards and their status.

# found_inadequate(x) holds when an authority, audit or court found the
# safeguard x inadequate (x is an object with a status).
found_inadequate(x) if x.status == "found-inadequate"

# disputed(x) holds when the safeguard x is contested and not settled.
disputed(x) if x.status == "disputed"

# unreliable(x) holds when the safeguard x cannot be counted on: found
# inadequate or disputed.
unreliable(x) if found_inadequate(x)

unreliable(x) if disputed(x)

# status_note(x) words what is known of the safeguard's status for a
# message: " (found inadequate: <source>)", or "" when nothing is said.
default status_note(_) := ""

status_note(x) := sprintf(" (found inadequate by %s)", [x.statusSource]) if {
	found_inadequate(x)
	is_string(x.statusSource)
}

status_note(x) := " (found inadequate)" if {
	found_inadequate(x)
	not is_string(object.get(x, "statusSource", null))
}

status_note(x) := sprintf(" (disputed: %s)", [x.statusSource]) if {
	disputed(x)
	is_string(x.statusSource)
}

status_note(x) := " (disputed)" if {
	disputed(x)
	not is_string(object.get(x, "statusSource", null))
}

# impact_assessments_done are the types of impact assessment stated, not
# counting those found inadequate.
impact_assessments_done contains a.type if {
	some a in input.spec.accountability.impactAssessments
	not found_inadequate(a)
}

# inadequate_assessments are the impact assessments found inadequate, by
# index.
inadequate_assessments[i] := a if {
	some i, a in input.spec.accountability.impactAssessments
	found_inadequate(a)
}

# Automated decision-making with or without machine learning.

# automated_methods are the automated ways the system produces decisions or
# scores (decisions.methods without manual).
automated_methods contains m if {
	some m in input.spec.decisions.methods
	m != "manual"
}

# automated_scoring holds when a model, rule, points system, record
# matching or eligibility rule in code scores or decides about people: the
# rules on automated decision-making apply to all of these, not only to
# machine learning.
automated_scoring if count(automated_methods) > 0

automated_scoring if ai_used

# effects are the stated effects of the system's output on people.
effects := {e | some e in input.spec.decisions.effects}

# Effects that intrude into people's lives without being a formal decision.
intrusive_effects := {
	"investigation", "home-visit", "questioning-third-parties", "covert-check",
	"benefit-suspension", "benefit-reduction", "debt-recovery", "register-removal",
	"voter-roll-removal", "deactivation", "detention", "border-refusal",
}

# significant_effects are the stated effects that weigh like a decision
# with legal or similarly significant effects.
significant_effects := effects & intrusive_effects

# Protected characteristics as inputs or criteria.

# Sensitive data categories that are protected characteristics themselves.
category_characteristics := {
	"ethnicity": "ethnicity", "nationality": "nationality", "religion": "religion",
	"health": "health", "political-opinion": "political-opinion", "trade-union": "trade-union",
	"sexual-orientation": "sexual-orientation",
}

# protected_criteria are the protected characteristics the system uses as
# inputs or criteria: decisions.criteria.protected and the
# characteristics among ai.protectedAttributes.
protected_criteria contains c if some c in input.spec.decisions.criteria.protected

protected_criteria contains c if {
	some a in input.spec.ai.protectedAttributes
	c := category_characteristics[a]
}

# proxy_criteria are the stated proxies for protected characteristics.
proxy_criteria := {p | some p in input.spec.decisions.criteria.proxies}

# Children.

# children_users holds when children are likely to use or be affected by
# the service, whatever its terms say.
children_users if input.spec.children.likelyUsers == true

children_users if input.spec.children.likelyAffected == true
