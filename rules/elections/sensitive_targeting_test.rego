package dria.rules.elections.sensitive_targeting_test

import data.dria.rules.elections.sensitive_targeting as rule

base := {"spec": {
	"context": {"domains": ["political-advertising"]},
	"affected": {"people": 18000000, "groups": ["voters", "religious-minorities"]},
	"data": {"categories": ["contact", "political-opinion", "religion"]},
	"expression": {"politicalAds": {"allowed": true, "targeting": "profiling", "sensitiveDataTargeting": true}},
}}

test_fires_on_sensitive_targeting if {
	some f in rule.findings with input as base
	startswith(
		f.msg,
		concat(" ", [
			"political ads can be targeted with sensitive data",
			"(`sensitiveDataTargeting: true`); political ads are targeted by profiling",
		]),
	)
	contains(f.msg, "`political-opinion` and `religion` data is processed")
	contains(f.msg, "18,000,000 people")
	contains(f.msg, "`religious-minorities`")
	"/spec/expression/politicalAds/sensitiveDataTargeting" in f.paths
	"/spec/data/categories" in f.paths
}

test_fires_on_profiling_with_sensitive_data_when_flag_not_stated if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/expression/politicalAds/sensitiveDataTargeting",
	}])
	contains(f.msg, "`targeting: profiling`")
}

test_fires_on_protected_model_inputs_despite_flag if {
	inp := json.patch(base, [
		{
			"op": "replace",
			"path": "/spec/expression/politicalAds",
			"value": {"allowed": true, "targeting": "demographic", "sensitiveDataTargeting": false},
		},
		{
			"op": "add",
			"path": "/spec/ai",
			"value": {"used": true, "techniques": ["targeting"], "protectedAttributes": ["religion", "biometric"]},
		},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`religion` are used directly as model inputs")
	not contains(f.msg, "biometric")
}

test_quiet_when_sensitive_targeting_excluded if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds/sensitiveDataTargeting",
		"value": false,
	}])
}

test_quiet_on_contextual_ads if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/expression/politicalAds",
		"value": {"allowed": true, "targeting": "contextual"},
	}])
}

test_applies_when_platform_allows_political_ads if {
	rule.applies with input as {"spec": {
		"context": {"domains": ["social-media"]},
		"expression": {"politicalAds": {"allowed": true}},
	}}
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["public-services"]},
		"data": {"categories": ["location"]},
	}}
}

test_fires_on_campaign_profiling_without_ads_section if {
	inp := {"spec": {
		"context": {"domains": ["elections"]},
		"elections": {"functions": ["campaigning"]},
		"data": {"categories": ["political-opinion", "location"]},
		"ai": {"techniques": ["profiling", "targeting"]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "voters are profiled and targeted")
	contains(f.msg, "`political-opinion` data is processed")
	"/spec/ai/techniques" in f.paths
}

test_quiet_on_campaign_targeting_without_sensitive_data if {
	inp := {"spec": {
		"context": {"domains": ["elections"]},
		"elections": {"functions": ["campaigning"]},
		"data": {"categories": ["location"]},
		"ai": {"techniques": ["profiling", "targeting"]},
	}}
	count(rule.findings) == 0 with input as inp
}
