package dria.rules.decisions.no_explanation_test

import data.dria.rules.decisions.no_explanation as rule

base := {"spec": {
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true, "explanation": {"provided": false}},
}}

test_fires_without_reasons if {
	some f in rule.findings with input as base
	contains(f.msg, "185,000 people")
	contains(f.msg, "`explanation.provided: false`")
	"/spec/decisions/explanation/provided" in f.paths
}

test_left_to_gap_rules_when_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/decisions/explanation"}])
}

test_fires_when_model_assists if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "add", "path": "/spec/ai", "value": {"used": true}},
	])
	count(rule.findings) == 1 with input as inp
}

test_quiet_when_assistive_without_model if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "assistive",
	}])
}

test_quiet_with_reasons if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/explanation/provided",
		"value": true,
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
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
}
