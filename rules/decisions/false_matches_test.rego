package dria.rules.decisions.false_matches_test

import data.dria.rules.decisions.false_matches as rule

base := {"spec": {
	"affected": {"people": 150000},
	"decisions": {
		"automation": "assistive",
		"legalEffect": false,
		"methods": ["record-matching"],
		"matching": {"databases": ["tax register", "benefits register"], "falseMatchRate": 0.03},
	},
}}

test_fires_above_one_percent_and_counts_the_people if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"3% of the record matches link records of different people or miss the same person ",
		"(`falseMatchRate: 0.03`, above 1%): of the 150,000 people affected, about 4,500 could be ",
		"matched to someone else's records, and no evidence for the rate is given",
	])
	f.paths == ["/spec/decisions/matching/falseMatchRate"]
}

test_fires_without_a_number_of_people if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/affected"},
		{"op": "add", "path": "/spec/decisions/matching/evidence", "value": "linkage audit 2024"},
		{"op": "replace", "path": "/spec/decisions/matching/falseMatchRate", "value": 0.015},
	])
	some f in rule.findings with input as inp
	f.msg == concat("", [
		"1.5% of the record matches link records of different people or miss the same person ",
		"(`falseMatchRate: 0.015`, above 1%)",
	])
}

test_quiet_at_or_below_one_percent if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/matching/falseMatchRate", "value": 0.01}])
	count(rule.findings) == 0 with input as inp
}

test_leaves_adverse_measures_to_dec018 if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/decisions/effects", "value": ["debt-recovery"]}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"decisions": {"methods": ["record-matching"]}}}
	marked := {"field": "decisions.matching", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
