package dria.rules.children.profiling_children_test

import data.dria.rules.children.profiling_children as rule

base := {"spec": {
	"affected": {"people": 95000000, "groups": ["children", "women"]},
	"ai": {"techniques": ["targeting", "recommender", "content-moderation"]},
	"expression": {"recommender": {"used": true, "nonProfilingOption": false}},
}}

test_fires_for_targeting_and_profiling_feed if {
	some f in rule.findings with input as base
	contains(f.msg, "the system affects 95,000,000 people, including children")
	contains(f.msg, "it uses `targeting`")
	contains(f.msg, "`nonProfilingOption: false`")
	f.paths == ["/spec/affected/groups", "/spec/ai/techniques", "/spec/expression/recommender"]
}

test_fires_for_risk_scoring_of_children_data if {
	some f in rule.findings with input as {"spec": {
		"data": {"categories": ["children", "household"]},
		"ai": {"techniques": ["risk-scoring"]},
	}}
	contains(f.msg, "`risk-scoring`")
	f.paths == ["/spec/data/categories", "/spec/ai/techniques"]
}

test_fires_for_recommender_without_stated_option if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["children"]},
		"ai": {"techniques": ["recommender"]},
	}}
	contains(f.msg, "no non-profiling option is stated")
}

test_quiet_with_non_profiling_recommender_only if {
	count(rule.findings) == 0 with input as json.patch(base, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["recommender", "content-moderation"]},
		{"op": "replace", "path": "/spec/expression/recommender/nonProfilingOption", "value": true},
	])
}

test_not_applicable_without_children if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["women"],
	}])
}
