package dria.rules.decisions.student_flagging_test

import data.dria.rules.decisions.student_flagging as rule

safe := {"spec": {
	"context": {"domains": ["education"]},
	"affected": {"people": 21500, "groups": ["students", "migrants"]},
	"decisions": {"automation": "assistive"},
	"ai": {
		"used": true,
		"techniques": ["risk-scoring"],
		"biasTesting": {"performed": true, "groups": ["migration background", "sex"]},
	},
	"transparency": {"noticeToAffected": true},
}}

test_fires_on_duo_pattern if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/ai/biasTesting", "value": {"performed": false}},
		{"op": "replace", "path": "/spec/transparency/noticeToAffected", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "21,500 people")
	contains(f.msg, "`risk-scoring`")
	contains(f.msg, "`noticeToAffected: false`")
	contains(f.msg, "`biasTesting.performed: false`")
	"/spec/ai/biasTesting" in f.paths
	"/spec/transparency/noticeToAffected" in f.paths
}

test_fires_on_proctoring_not_tested_for_skin_tone if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["facial-recognition"]},
		{"op": "replace", "path": "/spec/ai/biasTesting/groups", "value": ["sex", "age"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`facial-recognition`")
	contains(f.msg, "does not cover ethnic origin")
	"/spec/ai/biasTesting/groups" in f.paths
}

test_fires_when_notice_not_stated if {
	inp := json.patch(safe, [{"op": "remove", "path": "/spec/transparency"}])
	some f in rule.findings with input as inp
	contains(f.msg, "notice to students is not stated")
}

test_quiet_with_notice_and_testing if {
	count(rule.findings) == 0 with input as safe
}

test_quiet_without_flagging_technique if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["recommender"]},
		{"op": "replace", "path": "/spec/transparency/noticeToAffected", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_outside_education if {
	not rule.applies with input as {"spec": {"context": {"domains": ["social-benefits"]}}}
}

test_fires_on_a_rule_based_profile_sending_inspectors_home if {
	inp := {"spec": {
		"context": {"domains": ["education", "social-benefits"]},
		"affected": {"groups": ["students", "people-with-migration-background"]},
		"decisions": {
			"automation": "assistive",
			"legalEffect": true,
			"methods": ["rule-based-scoring"],
			"effects": ["investigation", "home-visit"],
		},
		"ai": {"used": false, "biasTesting": {"performed": false}},
		"transparency": {"noticeToAffected": true},
	}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"students (an unstated number of people, including `people-with-migration-background`) are flagged",
		"with `rule-based-scoring` (leading to `home-visit` and `investigation`), while the flags have not",
		"been tested for bias (`biasTesting.performed: false`)",
	])
	f.paths == ["/spec/context/domains", "/spec/decisions/methods", "/spec/ai/biasTesting"]
}

test_disputed_bias_testing_does_not_count if {
	inp := json.patch(safe, [{"op": "add", "path": "/spec/ai/biasTesting/status", "value": "disputed"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "while the bias testing cannot be counted on (disputed)")
}

test_not_applicable_when_decisions_are_marked if {
	marked := [{"field": "decisions", "reason": "r"}]
	inp := json.patch(safe, [{"op": "add", "path": "/spec/notApplicable", "value": marked}])
	not rule.applies with input as inp
}
