package dria.rules.elections.synthetic_content_test

import data.dria.rules.elections.synthetic_content as rule

base := {"spec": {
	"context": {"domains": ["elections"]},
	"affected": {"people": 250000},
	"elections": {"functions": ["campaigning"]},
	"ai": {"used": true, "techniques": ["generative", "targeting"], "syntheticContentLabelled": false},
}}

test_fires_on_unlabelled_campaign_content if {
	some f in rule.findings with input as base
	contains(f.msg, "`campaigning`")
	contains(f.msg, "`syntheticContentLabelled: false`")
	contains(f.msg, "250,000 people")
	"/spec/ai/syntheticContentLabelled" in f.paths
}

test_fires_when_labelling_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/ai/syntheticContentLabelled"}])
	contains(f.msg, "is not stated")
}

test_fires_on_platform_with_political_ads if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["social-media"]},
		"expression": {"politicalAds": {"allowed": true}},
		"ai": {"techniques": ["generative"], "syntheticContentLabelled": false},
	}}
	contains(f.msg, "`politicalAds.allowed: true`")
}

test_quiet_when_labelled if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/syntheticContentLabelled",
		"value": true,
	}])
}

test_quiet_without_generative_ai if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["targeting"],
	}])
}

test_quiet_for_results_transmission if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/functions",
		"value": ["results-transmission"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["public-services"]},
		"ai": {"techniques": ["generative"]},
	}}
}

test_lists_every_political_use if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["political-advertising"]},
		{"op": "add", "path": "/spec/expression", "value": {"politicalAds": {"allowed": true}}},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`campaigning`, `political-advertising` and political ads (`politicalAds.allowed: true`)")
}

test_applies_with_elections_section if {
	rule.applies with input as {"spec": {"elections": {"functions": ["voter-information"]}}}
}
