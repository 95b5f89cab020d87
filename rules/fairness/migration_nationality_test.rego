package dria.rules.fairness.migration_nationality_test

import data.dria.rules.fairness.migration_nationality as rule

base := {"spec": {
	"context": {"domains": ["migration-border"]},
	"affected": {"people": 3000000, "groups": ["migrants"]},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"inputs": ["travel history", "nationality", "dialect-analysis origin score"]},
}}

test_fires_on_nationality_streaming if {
	some f in rule.findings with input as base
	contains(f.msg, "3,000,000 people (including `migrants`)")
	contains(f.msg, "`dialect-analysis origin score` and `nationality`")
	not contains(f.msg, "travel history")
	f.paths == ["/spec/ai/inputs/1", "/spec/ai/inputs/2", "/spec/context/domains"]
}

test_fires_on_declared_protected_attribute if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/inputs", "value": ["travel history"]},
		{"op": "add", "path": "/spec/ai/protectedAttributes", "value": ["biometric", "nationality"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`nationality`")
	f.paths == ["/spec/ai/protectedAttributes/1", "/spec/context/domains"]
}

test_fires_on_country_of_birth if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/inputs", "value": ["parents' country of birth"]}])
	count(rule.findings) == 1 with input as inp
}

test_quiet_without_origin_inputs if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/inputs",
		"value": ["travel history", "previous refusals"],
	}])
}

test_not_applicable_without_decisions if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "none",
	}])
}

test_not_applicable_outside_migration if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["social-benefits"],
	}])
}

test_fires_on_criteria_of_a_rule_based_stream if {
	inp := {"spec": {
		"context": {"domains": ["migration-border"]},
		"affected": {"people": 3000000, "groups": ["migrants"]},
		"decisions": {
			"automation": "assistive",
			"methods": ["rule-based-scoring"],
			"criteria": {"protected": ["age", "nationality"], "proxies": ["postcode", "dual-nationality"]},
		},
	}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"visa, asylum or border cases of 3,000,000 people (including `migrants`) are rated on",
		"`dual-nationality` and `nationality` in `assistive` decisions",
	])
	f.paths == ["/spec/decisions/criteria/protected/1", "/spec/decisions/criteria/proxies/1", "/spec/context/domains"]
}
