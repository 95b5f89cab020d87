package dria.rules.elections.sponsor_disclosure_test

import data.dria.rules.elections.sponsor_disclosure as rule

base := {"spec": {
	"context": {"domains": ["political-advertising"]},
	"affected": {"people": 4000000},
	"expression": {"politicalAds": {"allowed": true, "sponsorDisclosed": false}},
}}

test_fires_without_sponsor if {
	some f in rule.findings with input as base
	contains(f.msg, "`sponsorDisclosed: false`")
	contains(f.msg, "4,000,000 people")
	"/spec/expression/politicalAds/sponsorDisclosed" in f.paths
}

test_quiet_with_sponsor if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds/sponsorDisclosed",
		"value": true,
	}])
}

test_quiet_when_political_ads_banned if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds/allowed",
		"value": false,
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
