package dria.rules.decisions.review_found_inadequate_test

import data.dria.rules.decisions.review_found_inadequate as rule

base := {"spec": {
	"affected": {"people": 4000},
	"decisions": {
		"automation": "partial",
		"legalEffect": true,
		"humanReview": {
			"available": true,
			"canOverride": true,
			"trained": true,
			"status": "found-inadequate",
			"statusSource": "Amsterdam Court of Appeal, 4 April 2023",
		},
	},
}}

test_fires_and_names_who_found_it_inadequate if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the human review of `partial` decisions with legal effect on 4,000 people cannot be counted on: ",
		"it was found inadequate by Amsterdam Court of Appeal, 4 April 2023",
	])
	f.paths == ["/spec/decisions/humanReview/status", "/spec/decisions/automation", "/spec/decisions/legalEffect"]
}

test_fires_without_a_source if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/decisions/humanReview/statusSource"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "cannot be counted on: it was found inadequate")
}

test_fires_on_a_deactivation_flag if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["deactivation"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "decisions leading to `deactivation` on 4,000 people")
}

test_quiet_when_evidenced if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/humanReview/status", "value": "evidenced"}])
	count(rule.findings) == 0 with input as inp
}

test_leaves_full_automation_to_dec001 if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/automation", "value": "full"}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
	marked := {"field": "decisions.humanReview", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
