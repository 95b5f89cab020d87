package dria.rules.elections.ad_library_test

import data.dria.rules.elections.ad_library as rule

base := {"spec": {
	"context": {"domains": ["social-media", "political-advertising"]},
	"affected": {"people": 70000000},
	"expression": {"politicalAds": {"allowed": true, "library": false, "targeting": "profiling"}},
}}

test_fires_without_library if {
	some f in rule.findings with input as base
	contains(f.msg, "`library: false`")
	contains(f.msg, "70,000,000 people")
	contains(f.msg, "`profiling`")
	"/spec/expression/politicalAds/library" in f.paths
}

test_fires_with_contextual_ads if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds/targeting",
		"value": "contextual",
	}])
	not contains(f.msg, "targeted by")
}

test_quiet_with_library if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds/library",
		"value": true,
	}])
}

test_quiet_when_political_ads_banned if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds",
		"value": {"allowed": false, "library": false},
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}

test_applies_when_platform_allows_political_ads if {
	rule.applies with input as {"spec": {
		"context": {"domains": ["social-media"]},
		"expression": {"politicalAds": {"allowed": true}},
	}}
}

test_applies_with_elections_section if {
	rule.applies with input as {"spec": {"elections": {"functions": ["campaigning"]}}}
}
