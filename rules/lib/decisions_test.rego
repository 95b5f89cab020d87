package dria.rules.lib_test

import data.dria.lib

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_question_applies_unless_no_one_is_touched_or_marked if {
	lib.question_applies("affected.people") with input as {"spec": {}}
	not lib.question_applies("affected.people") with input as no_one
	marked := {"spec": {"notApplicable": [{"field": "affected", "reason": "r"}]}}
	not lib.question_applies("affected.people") with input as marked
	lib.question_applies("data.categories") with input as marked
}

test_decision_questions_void_without_decisions if {
	lib.decision_question_applies("decisions.humanReview") with input as {"spec": {}}
	none := {"spec": {"decisions": {"automation": "none", "legalEffect": false}}}
	not lib.decision_question_applies("decisions.humanReview") with input as none
	lib.question_applies("decisions.humanReview") with input as none
	scope := {"spec": {"scope": {"decisionsAboutPeople": false}}}
	not lib.decision_question_applies("accountability.appeal") with input as scope
}

test_significant_effects_weigh_like_legal_effect if {
	visit := {"spec": {"decisions": {"legalEffect": false, "effects": ["home-visit", "ranking"]}}}
	lib.significant_decision with input as visit
	lib.may_be_significant with input as visit
	lib.effect_text == "leading to `home-visit`" with input as visit
	lib.effect_path == "/spec/decisions/effects" with input as visit
	legal := {"spec": {"decisions": {"legalEffect": true, "effects": ["home-visit"]}}}
	lib.effect_text == "with legal effect" with input as legal
	lib.effect_path == "/spec/decisions/legalEffect" with input as legal
	ranking := {"spec": {"decisions": {"legalEffect": false, "effects": ["ranking"]}}}
	not lib.significant_decision with input as ranking
	not lib.may_be_significant with input as ranking
	lib.may_be_significant with input as {"spec": {}}
}

test_scoring_without_machine_learning if {
	points := {"spec": {
		"ai": {"used": false},
		"decisions": {"automation": "assistive", "methods": ["points-system", "manual"]},
	}}
	lib.scoring == {"points-system"} with input as points
	lib.shapes_decisions with input as points
	lib.methods_text == " (by `points-system`)" with input as points
	manual := {"spec": {"ai": {"used": false}, "decisions": {"automation": "assistive", "methods": ["manual"]}}}
	not lib.shapes_decisions with input as manual
	lib.methods_text == "" with input as manual
	lib.scoring == {"risk-scoring"} with input as {"spec": {"ai": {"techniques": ["risk-scoring", "translation"]}}}
}

test_review_found_inadequate_does_not_count if {
	review := {"available": true, "canOverride": true}
	lib.overriding_review with input as {"spec": {"decisions": {"humanReview": review}}}
	inadequate := object.union(review, {"status": "found-inadequate", "statusSource": "the court"})
	not lib.overriding_review with input as {"spec": {"decisions": {"humanReview": inadequate}}}
	inp := {"spec": {"decisions": {"humanReview": inadequate}}}
	lib.review_note == " (found inadequate by the court)" with input as inp
	lib.review_note == "" with input as {"spec": {}}
}

test_unreliable_bias_testing_is_not_counted if {
	lib.bias_tested with input as {"spec": {"ai": {"biasTesting": {"performed": true, "status": "evidenced"}}}}
	not lib.bias_tested with input as {"spec": {"ai": {"biasTesting": {"performed": true, "status": "disputed"}}}}
	not lib.bias_tested with input as {"spec": {"ai": {"biasTesting": {"performed": true, "status": "found-inadequate"}}}}
	not lib.bias_tested with input as {"spec": {}}
	lib.bias_testing_note == " (disputed)" with input as {"spec": {"ai": {"biasTesting": {"status": "disputed"}}}}
}

results := {"spec": {"ai": {"biasTesting": {"results": [
	{"attribute": "sex", "group": "women", "sampleSize": 400, "selectionRate": 0.3, "flagRate": 0.1},
	{"attribute": "sex", "group": "men", "sampleSize": 12, "selectionRate": 0.5},
	{"attribute": "sex", "group": "men", "sampleSize": 12, "selectionRate": 0.5},
	{"attribute": "age", "group": "18-25", "selectionRate": 0.4},
]}}}}

test_rate_extremes_per_attribute if {
	ex := lib.rate_extremes("selectionRate") with input as results
	ex == {"sex": [
		{"group": "women", "rate": 0.3, "sampleSize": 400},
		{"group": "men", "rate": 0.5, "sampleSize": 12},
	]}
	lib.rate_extremes("flagRate") == {} with input as results
	note := lib.small_sample_note(ex.sex)
	note == "; the figures for `men` rest on 12 people, too few to be conclusive"
	lib.small_sample_note([{"group": "a", "sampleSize": 30}, {"group": "b", "sampleSize": null}]) == ""
	lib.ratio_text(0.3 / 0.45) == "0.67"
}
