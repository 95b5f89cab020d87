package dria.rules.fairness.protected_attributes_test

import data.dria.rules.fairness.protected_attributes as rule

base := {"spec": {
	"context": {"domains": ["social-benefits"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"ai": {"used": true, "protectedAttributes": ["biometric", "nationality", "ethnicity"]},
}}

test_fires_on_nationality_and_ethnicity if {
	some f in rule.findings with input as base
	contains(f.msg, "`ethnicity` and `nationality`")
	contains(f.msg, "`social-benefits`")
	contains(f.msg, "185,000 people")
	not contains(f.msg, "biometric")
	f.paths == ["/spec/ai/protectedAttributes/1", "/spec/ai/protectedAttributes/2", "/spec/decisions/automation"]
}

test_fires_when_legal_effect_not_stated if {
	count(rule.findings) == 1 with input as json.patch(base, [{"op": "remove", "path": "/spec/decisions/legalEffect"}])
}

test_health_data_in_health_care_is_not_a_ground if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["health"]},
		{"op": "replace", "path": "/spec/ai/protectedAttributes", "value": ["health"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_health_data_elsewhere_fires if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/protectedAttributes", "value": ["health"]}])
	some f in rule.findings with input as inp
	contains(f.msg, "`health`")
}

test_quiet_with_biometric_only if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/protectedAttributes",
		"value": ["biometric"],
	}])
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}

test_not_applicable_without_decisions if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}, "ai": {"used": true}}}
}
