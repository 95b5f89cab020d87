package dria.rules.expression.recommender_profiling_test

import data.dria.rules.expression.recommender_profiling as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 50000000},
	"expression": {"recommender": {"used": true, "explained": false, "nonProfilingOption": false}},
}}

test_fires_without_non_profiling_option if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"a recommender system ranks content for 50,000,000 people, ",
		"and users cannot choose a feed not based on profiling (`nonProfilingOption: false`)",
	])
	"/spec/expression/recommender/nonProfilingOption" in f.paths
}

test_quiet_with_option if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/recommender/nonProfilingOption",
		"value": true,
	}])
}

test_quiet_at_small_scale if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/people",
		"value": 20000,
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
