package dria.rules.transparency.public_register_test

import data.dria.rules.transparency.public_register as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["social-benefits"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"ai": {"used": true, "techniques": ["risk-scoring", "profiling"]},
	"transparency": {"publicRegister": {"listed": false}},
}}

test_fires_when_not_listed if {
	some f in rule.findings with input as base
	contains(f.msg, "`profiling` and `risk-scoring` on 185,000 people")
	contains(f.msg, "`publicRegister.listed: false`")
	contains(f.msg, "in `social-benefits`")
	"/spec/transparency/publicRegister/listed" in f.paths
	"/spec/ai/techniques" in f.paths
	"/spec/context/sector" in f.paths
}

test_fires_for_non_ai_decisions if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai"}])
	some f in rule.findings with input as inp
	contains(f.msg, "takes part in decisions (`automation: full`)")
	"/spec/decisions/automation" in f.paths
}

test_fires_when_not_stated_in_high_stakes if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/transparency"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
	"/spec/transparency/publicRegister" in f.paths
}

test_quiet_when_not_stated_in_low_stakes if {
	inp := {"spec": {
		"context": {"sector": "public", "domains": ["public-services"]},
		"decisions": {"automation": "assistive", "legalEffect": false},
	}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_listed if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency/publicRegister",
		"value": {"listed": true, "url": "https://register.example.org/x"},
	}])
	count(rule.findings) == 0 with input as inp
}

test_contractor_wording if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/context/sector", "value": "public-service-contractor"}])
	some f in rule.findings with input as inp
	contains(f.msg, "contracted public sector")
}

test_not_applicable_for_private if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "private",
	}])
}

test_not_applicable_without_algorithm if {
	not rule.applies with input as {"spec": {"context": {"sector": "public"}, "decisions": {"automation": "none"}}}
}

test_applies_to_public_ai if {
	rule.applies with input as {"spec": {"context": {"sector": "public"}, "ai": {"used": true}}}
}

test_model_only_wording if {
	inp := {"spec": {
		"context": {"sector": "public"},
		"ai": {"used": true},
		"transparency": {"publicRegister": {"listed": false}},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "uses a model (`ai.used: true`) on an unstated number of people")
	"/spec/ai/used" in f.paths
}

test_fires_for_a_rule_based_score if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai", "value": {"used": false}},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["rule-based-scoring", "manual"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "uses `rule-based-scoring` on 185,000 people")
	"/spec/decisions/methods" in f.paths
}

test_not_applicable_when_marked if {
	marked := {"field": "transparency.publicRegister", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
