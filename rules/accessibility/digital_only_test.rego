package dria.rules.accessibility.digital_only_test

import data.dria.rules.accessibility.digital_only as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["digital-identity", "social-benefits"]},
	"affected": {
		"people": 32000000,
		"groups": ["elderly", "persons-with-disabilities", "low-income", "women"],
		"mandatory": true,
	},
	"accessibility": {"nonDigitalAlternative": false},
}}

test_fires_for_mandatory_digital_only_service if {
	some f in rule.findings with input as base
	contains(f.msg, "`mandatory: true`")
	contains(f.msg, "`digital-identity` and `social-benefits`")
	contains(f.msg, "`nonDigitalAlternative: false`")
	contains(f.msg, "`elderly`, `low-income` and `persons-with-disabilities` among 32,000,000 people")
	"/spec/accessibility/nonDigitalAlternative" in f.paths
	"/spec/affected/mandatory" in f.paths
	"/spec/affected/groups" in f.paths
}

test_fires_for_indispensable_service_when_mandatory_not_stated if {
	inp := {"spec": {"context": {"domains": ["health"]}, "accessibility": {"nonDigitalAlternative": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "cannot forgo: `health`")
	contains(f.msg, "an unstated number of people are affected")
}

test_fires_when_alternative_not_stated_for_mandatory_use_by_elderly if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/accessibility/nonDigitalAlternative",
	}])
	contains(f.msg, "is not stated")
	"/spec/accessibility/nonDigitalAlternative" in f.paths
}

test_quiet_with_assisted_channel if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/nonDigitalAlternative",
		"value": true,
	}])
}

test_quiet_for_optional_convenience_service if {
	inp := {"spec": {
		"context": {"sector": "public", "domains": ["civic-participation"]},
		"affected": {"mandatory": false},
		"accessibility": {"nonDigitalAlternative": false},
	}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_not_stated_and_not_mandatory if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accessibility/nonDigitalAlternative"},
		{"op": "replace", "path": "/spec/affected/mandatory", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_to_private_social_media if {
	not rule.applies with input as {"spec": {"context": {"sector": "private", "domains": ["social-media"]}}}
}

test_quiet_when_not_stated_for_police_surveillance if {
	inp := {"spec": {
		"context": {"sector": "public", "domains": ["law-enforcement", "surveillance"]},
		"affected": {"groups": ["migrants", "elderly"], "mandatory": true},
	}}
	count(rule.findings) == 0 with input as inp
}

test_private_election_platform_is_not_essential if {
	not rule.applies with input as {"spec": {"context": {
		"sector": "private",
		"domains": ["elections", "political-advertising"],
	}}}
}
