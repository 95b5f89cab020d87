package dria.rules.children.recommender_children_test

import data.dria.rules.children.recommender_children as rule

base := {"spec": {
	"affected": {"people": 95000000, "groups": ["children", "women"]},
	"ai": {"techniques": ["targeting", "recommender"]},
	"expression": {"recommender": {"used": true, "nonProfilingOption": false}},
}}

test_fires_for_profiling_feed if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the system affects 95,000,000 people, including children, and a recommender ranks content ",
		"with no non-profiling option (`nonProfilingOption: false`)",
	])
	f.paths == ["/spec/affected/groups", "/spec/expression/recommender/nonProfilingOption"]
}

test_fires_for_recommender_without_stated_option if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["children"]},
		"ai": {"techniques": ["recommender"]},
	}}
	endswith(f.msg, "and no non-profiling option is stated")
}

test_quiet_with_non_profiling_option if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/recommender/nonProfilingOption",
		"value": true,
	}])
}

test_quiet_when_minors_are_not_profiled if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/children",
		"value": {"likelyUsers": true, "profiling": false},
	}])
}

test_not_applicable_without_recommender if {
	not rule.applies with input as json.patch(base, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["targeting"]},
		{"op": "replace", "path": "/spec/expression/recommender/used", "value": false},
	])
}
