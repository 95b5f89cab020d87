package dria.rules.expression.recommender_test

import data.dria.rules.expression.recommender as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 50000000},
	"expression": {"recommender": {"used": true, "explained": false, "nonProfilingOption": false}},
}}

test_fires_on_opaque_feed if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"a recommender system ranks content for 50,000,000 people, ",
		"and users are not told why content is recommended (`explained: false`)",
	])
	f.paths == ["/spec/expression/recommender/used", "/spec/expression/recommender/explained", "/spec/affected/people"]
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

test_leaves_the_profiling_option_to_exp_015 if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/recommender/explained",
		"value": true,
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
