package dria.rules.elections.micro_targeting_test

import data.dria.rules.elections.micro_targeting as rule

base := {"spec": {
	"context": {"domains": ["political-advertising"]},
	"affected": {"people": 9000000},
	"ai": {
		"used": true,
		"techniques": ["profiling", "targeting"],
		"inputs": ["personality scores (OCEAN)", "postcode", "turnout propensity"],
	},
	"expression": {"politicalAds": {"allowed": true, "targeting": "profiling"}},
}}

test_fires_on_profiling_targeting if {
	some f in rule.findings with input as base
	contains(f.msg, "`targeting: profiling`")
	contains(f.msg, "9,000,000 people")
	contains(f.msg, "`personality scores (OCEAN)` and `turnout propensity`")
	not contains(f.msg, "`postcode`")
	"/spec/expression/politicalAds/targeting" in f.paths
}

test_quiet_on_contextual_targeting if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds/targeting",
		"value": "contextual",
	}])
}

test_quiet_when_political_ads_banned if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds/allowed",
		"value": false,
	}])
}

test_fires_for_campaign_profiling_without_ads_section if {
	inp := {"spec": {
		"context": {"domains": ["elections"]},
		"elections": {"functions": ["campaigning"]},
		"ai": {"used": true, "techniques": ["profiling", "targeting"]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "political campaigning")
	"/spec/ai/techniques" in f.paths
}

test_quiet_for_voter_information_profiling if {
	inp := {"spec": {
		"context": {"domains": ["elections"]},
		"elections": {"functions": ["voter-information"]},
		"ai": {"used": true, "techniques": ["profiling", "targeting"]},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["public-services"]},
		"ai": {"techniques": ["profiling", "targeting"]},
	}}
}
