package dria.rules.decisions.review_disputed_test

import data.dria.rules.decisions.review_disputed as rule

base := {"spec": {
	"affected": {"people": 4000},
	"decisions": {
		"automation": "full",
		"legalEffect": true,
		"humanReview": {
			"available": true,
			"canOverride": true,
			"status": "disputed",
			"statusSource": "complaint by the drivers' union, 2024",
		},
	},
}}

test_fires_and_quotes_the_dispute if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the human review of `full` decisions with legal effect on 4,000 people is contested ",
		"and not settled: complaint by the drivers' union, 2024",
	])
}

test_quiet_when_found_inadequate_or_evidenced if {
	inadequate := json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview/status",
		"value": "found-inadequate",
	}])
	count(rule.findings) == 0 with input as inadequate
	claimed := json.patch(base, [{"op": "replace", "path": "/spec/decisions/humanReview/status", "value": "claimed"}])
	count(rule.findings) == 0 with input as claimed
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"scope": {"decisionsAboutPeople": false}}}
}
