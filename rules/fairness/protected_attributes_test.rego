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

test_fires_on_a_points_formula_scoring_sex_and_age if {
	ams := {"spec": {
		"context": {"domains": ["employment", "social-benefits"]},
		"decisions": {
			"automation": "assistive",
			"legalEffect": true,
			"methods": ["points-system"],
			"criteria": {"protected": ["sex", "age", "disability", "nationality"]},
		},
		"ai": {"used": false},
	}}
	rule.applies with input as ams
	some f in rule.findings with input as ams
	f.msg == concat(" ", [
		"uses `age`, `disability`, `nationality` and `sex` directly as inputs or criteria for `assistive`",
		"decisions (by `points-system`) in `employment` and `social-benefits` affecting an unstated number of people",
	])
	f.paths == [
		"/spec/decisions/criteria/protected/0",
		"/spec/decisions/criteria/protected/1",
		"/spec/decisions/criteria/protected/2",
		"/spec/decisions/criteria/protected/3",
		"/spec/decisions/automation",
	]
}

test_fires_on_criteria_a_person_applies if {
	inp := {"spec": {"decisions": {
		"automation": "assistive",
		"effects": ["investigation"],
		"criteria": {"protected": ["nationality"]},
	}}}
	some f in rule.findings with input as inp
	contains(f.msg, "`nationality` directly as inputs or criteria")
}

test_clinical_criteria_in_health_care_are_not_grounds if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["health"]},
		{"op": "replace", "path": "/spec/ai/protectedAttributes", "value": ["biometric"]},
		{"op": "add", "path": "/spec/decisions/criteria", "value": {"protected": ["disability", "pregnancy"]}},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_when_criteria_are_marked if {
	marked := {"field": "decisions.criteria", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
