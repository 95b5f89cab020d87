package dria.rules.gaps.human_review_test

import data.dria.rules.gaps.human_review as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "partial"}}}
	f.msg == concat(" ", [
		"decisions are automated (`automation: partial`) but whether a person",
		"reviews them is not stated: `decisions.humanReview` missing",
	])
	f.paths == ["/spec/decisions/automation", "/spec/decisions/humanReview"]
}

test_names_the_method_without_machine_learning if {
	some f in rule.findings with input as {"spec": {
		"ai": {"used": false},
		"decisions": {"automation": "full", "methods": ["record-matching"]},
	}}
	contains(f.msg, "`automation: full`) (by `record-matching`) but")
}

test_quiet_when_only_the_explanation_is_missing if {
	count(rule.findings) == 0 with input as {"spec": {"decisions": {
		"automation": "partial",
		"humanReview": {"available": true},
	}}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "assistive"}}}
}

test_fires_when_legal_effect_not_stated_or_true if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "full", "legalEffect": true}}}
	contains(f.msg, "`decisions.humanReview`")
}

test_not_applicable_without_legal_effect if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "full", "legalEffect": false}}}
}

test_applies_to_effects_that_weigh_like_legal_effect if {
	inp := {"spec": {"decisions": {"automation": "full", "legalEffect": false, "effects": ["investigation"]}}}
	rule.applies with input as inp
	some f in rule.findings with input as inp
	contains(f.msg, "`decisions.humanReview`")
}

test_not_applicable_when_marked_but_asked_when_a_scope_claim_is_contradicted if {
	marked := {"spec": {
		"decisions": {"automation": "full"},
		"notApplicable": [{"field": "decisions.humanReview", "reason": "r"}],
	}}
	not rule.applies with input as marked
	void := {"spec": {"scope": {"decisionsAboutPeople": false}, "decisions": {"automation": "partial"}}}
	rule.applies with input as void
}
