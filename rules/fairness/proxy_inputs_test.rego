package dria.rules.fairness.proxy_inputs_test

import data.dria.rules.fairness.proxy_inputs as rule

base := {"spec": {
	"context": {"domains": ["social-benefits", "public-services"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"ai": {"used": true, "inputs": ["prior benefit recoveries", "postcode", "single-parent status", "second nationality"]},
}}

test_fires_on_proxies if {
	some f in rule.findings with input as base
	contains(f.msg, "`postcode` (address or neighbourhood)")
	contains(f.msg, "`single-parent status` (family status)")
	contains(f.msg, "`second nationality` (nationality or ethnic origin)")
	contains(f.msg, "185,000 people")
	contains(f.msg, "`public-services` and `social-benefits`")
	not contains(f.msg, "prior benefit")
	f.paths == ["/spec/ai/inputs/1", "/spec/ai/inputs/2", "/spec/ai/inputs/3", "/spec/decisions/automation"]
}

test_skips_traits_declared_as_protected_attributes if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/ai/protectedAttributes", "value": ["nationality"]}])
	some f in rule.findings with input as inp
	not contains(f.msg, "second nationality")
	not "/spec/ai/inputs/3" in f.paths
}

test_account_age_is_not_a_persons_age if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/inputs",
		"value": ["account age", "prior policy strikes"],
	}])
	count(rule.findings) == 0 with input as inp
}

test_fires_on_legal_effect_without_domains if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context"}])
	count(rule.findings) == 1 with input as inp
}

test_quiet_on_platform_moderation if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["social-media"]},
		{"op": "replace", "path": "/spec/ai/inputs", "value": ["language of the post", "postcode"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_proxies if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/inputs",
		"value": ["prior benefit recoveries"],
	}])
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}

test_not_applicable_without_model if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "partial"}, "ai": {"used": false}}}
}

test_quiet_for_identity_matching if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["digital-identity", "social-benefits"]},
		{"op": "replace", "path": "/spec/ai/inputs", "value": ["facial image", "date of birth"]},
		{"op": "add", "path": "/spec/ai/techniques", "value": ["facial-recognition", "other"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_fires_when_identity_system_also_profiles if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/inputs", "value": ["facial image", "date of birth"]},
		{"op": "add", "path": "/spec/ai/techniques", "value": ["facial-recognition", "profiling"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`date of birth` (age)")
}

test_school_results_stand_for_social_origin if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["education"]},
		{
			"op": "replace",
			"path": "/spec/ai/inputs",
			"value": ["school historical grade distribution", "school absence rate", "postcode of school"],
		},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`school historical grade distribution` (social origin)")
	contains(f.msg, "`postcode of school` (address or neighbourhood)")
	not contains(f.msg, "absence")
}

test_fires_on_listed_proxies_of_a_rule_based_score if {
	duo := {"spec": {
		"context": {"domains": ["education", "social-benefits"]},
		"decisions": {
			"automation": "assistive",
			"legalEffect": true,
			"methods": ["rule-based-scoring"],
			"criteria": {"protected": ["age"], "proxies": ["school", "employment-gaps", "other"]},
		},
		"ai": {"used": false},
	}}
	some f in rule.findings with input as duo
	f.msg == concat(" ", [
		"inputs that encode protected characteristics directly or by proxy, `school` (social origin);",
		"`employment-gaps` (age, disability or health, sex or gender); `other` (a protected characteristic),",
		"shape `assistive` decisions (by `rule-based-scoring`) in `education` and `social-benefits`",
		"affecting an unstated number of people",
	])
	f.paths == [
		"/spec/decisions/criteria/proxies/0",
		"/spec/decisions/criteria/proxies/1",
		"/spec/decisions/criteria/proxies/2",
		"/spec/decisions/automation",
	]
}

test_skips_proxies_of_characteristics_already_listed_as_criteria if {
	inp := {"spec": {"decisions": {
		"automation": "full",
		"legalEffect": true,
		"criteria": {"protected": ["nationality"], "proxies": ["dual-nationality"]},
	}}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_or_significant_effect if {
	inp := {"spec": {"decisions": {"automation": "full", "legalEffect": false, "criteria": {"proxies": ["postcode"]}}}}
	count(rule.findings) == 0 with input as inp
}
