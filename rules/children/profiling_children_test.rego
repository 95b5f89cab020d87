package dria.rules.children.profiling_children_test

import data.dria.rules.children.profiling_children as rule

base := {"spec": {
	"affected": {"people": 95000000, "groups": ["children", "women"]},
	"ai": {"techniques": ["targeting", "recommender", "content-moderation"]},
	"expression": {"recommender": {"used": true, "nonProfilingOption": false}},
}}

test_fires_for_targeting if {
	some f in rule.findings with input as base
	f.msg == "the system affects 95,000,000 people, including children, and it uses `targeting`"
	f.paths == ["/spec/affected/groups", "/spec/ai/techniques"]
}

test_fires_for_risk_scoring_of_children_data if {
	some f in rule.findings with input as {"spec": {
		"data": {"categories": ["children", "household"]},
		"ai": {"techniques": ["risk-scoring"]},
	}}
	contains(f.msg, "`risk-scoring`")
	f.paths == ["/spec/data/categories", "/spec/ai/techniques"]
}

test_fires_when_minors_are_said_to_be_profiled if {
	some f in rule.findings with input as {"spec": {"children": {"likelyUsers": true, "profiling": true}}}
	f.msg == concat("", [
		"the system affects an unstated number of people, including children, ",
		"and minors are profiled (`children.profiling: true`)",
	])
	f.paths == ["/spec/children", "/spec/children/profiling"]
}

test_quiet_when_minors_are_excluded_from_profiling if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/children",
		"value": {"profiling": false},
	}])
}

test_leaves_recommenders_to_child_006 if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["recommender", "content-moderation"],
	}])
}

test_not_applicable_without_children if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["women"],
	}])
}
