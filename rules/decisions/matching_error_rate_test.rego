package dria.rules.decisions.matching_error_rate_test

import data.dria.rules.decisions.matching_error_rate as rule

base := {"spec": {
	"affected": {"people": 2600000},
	"decisions": {
		"automation": "partial",
		"legalEffect": true,
		"methods": ["record-matching", "rule-based-scoring"],
		"matching": {"databases": ["tax", "benefits", "housing"]},
	},
}}

test_fires_across_databases_without_a_rate if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"records about 2,600,000 people are matched across `benefits`, `housing` and `tax`, and how often ",
		"a match links records of different people is not stated, although the matches feed decisions ",
		"with legal effect",
	])
	f.paths == [
		"/spec/decisions/matching/falseMatchRate",
		"/spec/decisions/methods",
		"/spec/decisions/matching/databases",
	]
}

test_fires_on_record_matching_without_databases if {
	inp := {"spec": {"decisions": {"automation": "assistive", "legalEffect": false, "methods": ["record-matching"]}}}
	some f in rule.findings with input as inp
	f.msg == concat("", [
		"records about an unstated number of people are matched (`record-matching`), and how often ",
		"a match links records of different people is not stated",
	])
}

test_quiet_with_a_rate if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/decisions/matching/falseMatchRate", "value": 0.002}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_matching if {
	one := {"methods": ["points-system"], "matching": {"databases": ["one"]}}
	not rule.applies with input as {"spec": {"decisions": one}}
	marked := {"field": "decisions.matching.falseMatchRate", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
