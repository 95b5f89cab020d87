package dria.rules.gaps.human_review_test

import data.dria.rules.gaps.human_review as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "partial"}}}
	contains(f.msg, "`decisions.humanReview`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"decisions": {
		"automation": "partial",
		"humanReview": {"available": true},
		"explanation": {"provided": true},
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
