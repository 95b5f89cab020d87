# Helpers for the rules on decisions about people, fairness, redress and
# information gaps: whether a question is asked of a system at all, what
# weighs like a legal effect, automated scoring without machine learning,
# and the reliability of human review and bias testing. Part of
# data.dria.lib.
package dria.lib

# Whether a question is asked.

# question_applies(field) holds when the question field (a dotted name
# under spec, such as "affected.people") is asked of this system: the
# system touches someone, and the field is not marked not applicable
# (itself or through its section). A rule whose question does not apply
# is not applicable, never passed.
question_applies(field) if {
	not touches_no_one
	not not_applicable(field)
}

# decision_question_applies(field) holds when a question about decisions
# about people (human review, explanation, appeal, reversibility, burden
# of proof) is asked: as question_applies, and the description does not
# say that the system decides nothing about people.
decision_question_applies(field) if {
	question_applies(field)
	not decision_question_void
}

# What weighs like a legal effect.

# significant_decision holds when decisions have legal or similarly
# significant effects (`decisions.legalEffect: true`) or the system's output
# leads to a measure that weighs like one (an investigation, a home visit,
# a suspension or removal: significant_effects). A flag that sends
# inspectors to a claimant's home needs the safeguards a formal decision
# needs.
significant_decision if input.spec.decisions.legalEffect == true

significant_decision if count(significant_effects) > 0

# may_be_significant holds unless the description says the decisions have
# no legal or similarly significant effect and lists no effect that weighs
# like one.
may_be_significant if may_have_legal_effect

may_be_significant if count(significant_effects) > 0

# effect_text words why the decisions weigh, for messages: "with legal
# effect" or "leading to `home-visit` and `investigation`".
effect_text := "with legal effect" if {
	input.spec.decisions.legalEffect == true
} else := sprintf("leading to %s", [quote_all(significant_effects)]) if {
	count(significant_effects) > 0
}

# effect_path points at the field effect_text quotes.
effect_path := "/spec/decisions/legalEffect" if {
	input.spec.decisions.legalEffect == true
} else := "/spec/decisions/effects" if {
	count(significant_effects) > 0
}

# Scoring and deciding without machine learning.

# scoring_methods are the stated methods that score, rank or single out
# individuals without (or besides) machine learning.
scoring_methods := automated_methods & {"rule-based-scoring", "points-system", "record-matching"}

# scoring are the ways the system scores or profiles people: a model's
# risk scoring or profiling, and rule-based scores, points systems and
# record matching.
scoring := (techniques & {"risk-scoring", "profiling"}) | scoring_methods

# shapes_decisions holds when the system decides some or all cases itself,
# or a model, score or rule in code informs the person who decides.
shapes_decisions if automated_decisions

shapes_decisions if {
	automation == "assistive"
	automated_scoring
}

# methods_text names the automated methods that are not machine learning,
# for messages: " (by `points-system`)", or "" when none is stated.
default methods_text := ""

methods_text := sprintf(" (by %s)", [quote_all(automated_methods - {"machine-learning"})]) if {
	count(automated_methods - {"machine-learning"}) > 0
}

# Human review and bias testing, with their status.

# human_review is the stated human review of decisions, or {}.
human_review := object.get(input, ["spec", "decisions", "humanReview"], {})

# overriding_review holds when a person can review each decision and
# change it, and no authority, audit or court found the review inadequate.
overriding_review if {
	human_review.available == true
	human_review.canOverride == true
	not found_inadequate(human_review)
}

# review_note words the status of the human review for messages: " (found
# inadequate by <source>)", " (disputed: <source>)" or "".
review_note := status_note(human_review)

# bias_testing is the stated bias testing, or {}.
bias_testing := object.get(input, ["spec", "ai", "biasTesting"], {})

# bias_tested holds when results were compared across groups and the
# testing was neither found inadequate nor disputed: testing that cannot be
# relied on is not counted as done.
bias_tested if {
	bias_testing.performed == true
	not unreliable(bias_testing)
}

# bias_testing_note words the status of the bias testing for messages.
bias_testing_note := status_note(bias_testing)

# Record matching.

# false_match_rate is the stated share of record matches that link records
# of different people or miss the same person.
false_match_rate := input.spec.decisions.matching.falseMatchRate

# false_match_text words the false-match rate and what it means in people,
# for messages: "3% of the record matches link records of different people
# or miss the same person (`falseMatchRate: 0.03`, above 1%): of the 150,000
# people affected, about 4,500 could be matched to someone else's records".
false_match_text := sprintf(
	concat(" ", [
		"%s%% of the record matches link records of different people or miss the same person",
		"(`falseMatchRate: %v`, above 1%%)%s",
	]),
	[percent(false_match_rate), false_match_rate, false_match_people],
)

# percent writes a share between 0 and 1 as a percentage with at most one
# decimal: 0.034 -> "3.4".
percent(x) := sprintf("%v", [round(x * 1000) / 10])

default false_match_people := ""

false_match_people := sprintf(": of the %s affected, about %s could be matched to someone else's records", [
	people_text,
	fmt_int(round(false_match_rate * people)),
]) if {
	is_number(people)
}

# false_match_evidence_text says when the rate comes without evidence.
default false_match_evidence_text := ", and no evidence for the rate is given"

false_match_evidence_text := "" if is_string(input.spec.decisions.matching.evidence)

# Per-group results of bias testing.

# result_attributes are the attributes the stated group results differ in.
result_attributes contains r.attribute if some r in bias_testing.results

# rate_extremes(measure) maps each attribute whose results state measure
# (selectionRate, flagRate, falsePositiveRate, falseNegativeRate) for two
# or more groups to its lowest and highest result, as objects {group, rate,
# sampleSize}. Ties go to the group name that sorts first.
rate_extremes(measure) := {attr: [extreme(rs, measure, min(rates)), extreme(rs, measure, max(rates))] |
	some attr in result_attributes
	rs := [r | some r in bias_testing.results; r.attribute == attr; is_number(r[measure])]
	count({r.group | some r in rs}) >= 2
	rates := [r[measure] | some r in rs]
}

extreme(rs, measure, rate) := {"group": g, "rate": rate, "sampleSize": object.get(first[0], "sampleSize", null)} if {
	g := min({r.group | some r in rs; r[measure] == rate})
	first := [r | some r in rs; r.group == g; r[measure] == rate]
}

# small_sample_note words the groups among xs whose figures rest on fewer
# than 30 people, for messages: "; the figures for `18-25` rest on 12
# people, too few to be conclusive", or "".
small_sample_note(xs) := note if {
	small := [sprintf("%s rest on %d people", [quote(x.group), x.sampleSize]) |
		some x in xs
		is_number(x.sampleSize)
		x.sampleSize < 30
	]
	count(small) > 0
	note := sprintf("; the figures for %s, too few to be conclusive", [join_and(small)])
} else := ""

# ratio_text writes a ratio with at most two decimals: 0.6667 -> "0.67".
ratio_text(x) := sprintf("%v", [round(x * 100) / 100])
