package dria.rules.expression.recommender_test

import data.dria.rules.expression.recommender as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 50000000},
	"expression": {"recommender": {"used": true, "explained": false, "nonProfilingOption": false}},
}}

test_fires_on_opaque_profiling_feed if {
	some f in rule.findings with input as base
	contains(f.msg, "50,000,000 people")
	contains(f.msg, "`explained: false`")
	contains(f.msg, "`nonProfilingOption: false`")
	"/spec/expression/recommender/nonProfilingOption" in f.paths
	"/spec/affected/people" in f.paths
}

test_fires_without_non_profiling_option_only if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/recommender/explained",
		"value": true,
	}])
	not contains(f.msg, "`explained: false`")
}

test_fires_when_scale_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/affected"}])
	contains(f.msg, "an unstated number of people")
}

test_quiet_at_small_scale if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/people",
		"value": 20000,
	}])
}

test_quiet_when_explained_with_option if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/recommender",
		"value": {"used": true, "explained": true, "nonProfilingOption": true},
	}])
}

test_quiet_without_recommender if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/recommender",
		"value": {"used": false},
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
