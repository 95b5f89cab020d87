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

test_fires_when_a_points_system_assists if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["points-system"]},
		{"op": "add", "path": "/spec/ai", "value": {"used": false}},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"`assistive` decisions (by `points-system`) with legal effect on 185,000 people",
		"come without reasons for the person concerned (`explanation.provided: false`)",
	])
}

test_fires_when_a_flag_leads_to_a_home_visit if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["home-visit"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "decisions leading to `home-visit` on 185,000 people")
	"/spec/decisions/effects" in f.paths
}

test_not_applicable_when_marked if {
	marked := {"field": "decisions.explanation", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}

test_not_applicable_without_decisions if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
}
