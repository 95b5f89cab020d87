package dria.rules.decisions.rubber_stamp_review_test

import data.dria.rules.decisions.rubber_stamp_review as rule

base := {"spec": {
	"affected": {"people": 420000},
	"decisions": {
		"automation": "partial",
		"legalEffect": true,
		"humanReview": {"available": true, "canOverride": false, "trained": true},
	},
}}

test_fires_when_reviewers_cannot_override if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"human review of `partial` decisions with legal effect on 420,000 people is available, ",
		"but reviewers cannot override the system (`canOverride: false`)",
	])
	"/spec/decisions/humanReview/canOverride" in f.paths
}

test_fires_when_override_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/decisions/humanReview/canOverride"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "but reviewers' power to override is not stated")
}

test_quiet_when_reviewers_can_override_even_untrained if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": true, "trained": false},
	}])
	count(rule.findings) == 0 with input as inp
}

test_fires_on_a_flag_that_starts_an_investigation if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["investigation"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "decisions leading to `investigation` on 420,000 people")
}

test_leaves_full_automation_without_override_to_dec001 if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/automation", "value": "full"}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}

test_not_applicable_without_decisions if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
	marked := {"field": "decisions.humanReview", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
