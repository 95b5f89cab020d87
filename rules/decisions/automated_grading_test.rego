package dria.rules.decisions.automated_grading_test

import data.dria.rules.decisions.automated_grading as rule

safe := {"spec": {
	"context": {"domains": ["education"]},
	"affected": {"people": 300000, "groups": ["students", "children", "low-income"]},
	"decisions": {
		"automation": "full",
		"legalEffect": true,
		"humanReview": {"available": true, "canOverride": true, "trained": true},
		"explanation": {"provided": true},
	},
	"ai": {"used": true, "inputs": ["teacher-assessed grade", "rank order within subject"]},
	"accountability": {"appeal": {"available": true}},
}}

test_fires_on_a_level_pattern if {
	inp := json.patch(safe, [
		{
			"op": "replace",
			"path": "/spec/ai/inputs",
			"value": ["rank order within subject", "school historical grade distribution 2017-2019"],
		},
		{"op": "replace", "path": "/spec/decisions/humanReview", "value": {"available": false}},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "300,000 people")
	contains(f.msg, "`school historical grade distribution 2017-2019`")
	contains(f.msg, "reasons given to the student")
	contains(f.msg, "trained assessor")
	not contains(f.msg, "an appeal")
	"/spec/ai/inputs/1" in f.paths
	"/spec/decisions/humanReview" in f.paths
}

test_fires_when_appeal_missing if {
	inp := json.patch(safe, [{"op": "replace", "path": "/spec/accountability/appeal/available", "value": false}])
	some f in rule.findings with input as inp
	contains(f.msg, "without an appeal")
	not contains(f.msg, "inputs such as")
	f.paths == ["/spec/context/domains", "/spec/decisions/automation", "/spec/accountability/appeal"]
}

test_quiet_with_safeguards if {
	count(rule.findings) == 0 with input as safe
}

test_quiet_when_teachers_decide if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_outside_education if {
	not rule.applies with input as {"spec": {"context": {"domains": ["employment"]}}}
}

test_fires_on_a_formula_whose_review_was_found_inadequate if {
	inp := json.patch(safe, [
		{"op": "add", "path": "/spec/decisions/methods", "value": ["rule-based-scoring"]},
		{"op": "add", "path": "/spec/decisions/humanReview/status", "value": "found-inadequate"},
		{"op": "add", "path": "/spec/decisions/humanReview/statusSource", "value": "the exam regulator's review"},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"`full` decisions (by `rule-based-scoring`) about students (grades, admission or status) affect",
		"300,000 people, without review by a trained assessor who can change the result",
		"(found inadequate by the exam regulator's review)",
	])
}

test_safeguard_marked_not_applicable_is_not_asked if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/accountability/appeal/available", "value": false},
		{"op": "add", "path": "/spec/notApplicable", "value": [{"field": "accountability.appeal", "reason": "r"}]},
	])
	count(rule.findings) == 0 with input as inp
}
