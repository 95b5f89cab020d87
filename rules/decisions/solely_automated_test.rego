package dria.rules.decisions.solely_automated_test

import data.dria.rules.decisions.solely_automated as rule

base := {"spec": {
	"affected": {"people": 300000},
	"decisions": {"automation": "full", "legalEffect": true, "humanReview": {"available": false}},
}}

test_fires_without_review if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"decisions are fully automated (`automation: full`) with legal effect on 300,000 people, ",
		"and no human review is available",
	])
	f.paths == ["/spec/decisions/automation", "/spec/decisions/legalEffect", "/spec/decisions/humanReview"]
}

test_fires_when_reviewer_cannot_override if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": false},
	}])
	endswith(f.msg, "and reviewers cannot override the system")
}

test_fires_when_review_was_found_inadequate if {
	review := {
		"available": true,
		"canOverride": true,
		"status": "found-inadequate",
		"statusSource": "Amsterdam Court of Appeal, 4 April 2023",
	}
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": review,
	}])
	endswith(f.msg, concat("", [
		"and the human review cannot be counted on ",
		"(found inadequate by Amsterdam Court of Appeal, 4 April 2023)",
	]))
}

test_fires_on_an_effect_that_weighs_like_legal_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["deactivation", "ranking"]},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["rule-based-scoring"]},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, concat(" ", [
		"decisions are fully automated (`automation: full`) (by `rule-based-scoring`)",
		"leading to `deactivation` on",
	]))
	"/spec/decisions/effects" in f.paths
}

test_quiet_with_effective_review if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": true, "status": "disputed"},
	}])
}

test_quiet_without_legal_or_significant_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["ranking"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_assistive if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "assistive",
	}])
}

test_not_applicable_without_decisions if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
}

test_not_applicable_when_review_is_marked_not_applicable if {
	marked := {"field": "decisions.humanReview", "reason": "decisions are re-taken by a clerk each morning"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
	rule.applies with input as base
}
