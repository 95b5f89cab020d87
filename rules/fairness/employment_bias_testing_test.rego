package dria.rules.fairness.employment_bias_testing_test

import data.dria.rules.fairness.employment_bias_testing as rule

base := {"spec": {
	"context": {"domains": ["employment"]},
	"affected": {"people": 650000, "groups": ["workers", "women"]},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {
		"used": true,
		"biasTesting": {"performed": true, "groups": ["sex", "race/ethnicity", "age band", "disability status"]},
	},
}}

test_quiet_when_core_grounds_tested if {
	count(rule.findings) == 0 with input as base
}

test_fires_when_age_and_disability_missing if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biasTesting/groups",
		"value": ["sex", "race/ethnicity (US EEO-1 categories)"],
	}])
	some f in rule.findings with input as inp
	contains(f.msg, "tested for bias only by `race/ethnicity (US EEO-1 categories)` and `sex`")
	contains(f.msg, "`age` and `disability`")
	contains(f.msg, "650,000 people")
	"/spec/ai/biasTesting" in f.paths
}

test_fires_when_never_tested if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/biasTesting", "value": {"performed": false}}])
	some f in rule.findings with input as inp
	contains(f.msg, "`biasTesting.performed: false`")
	contains(f.msg, "`age`, `disability`, `ethnic origin` and `sex`")
}

test_fires_when_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/biasTesting"}])
	some f in rule.findings with input as inp
	contains(f.msg, "has no bias testing stated")
}

test_fires_when_groups_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/biasTesting/groups"}])
	some f in rule.findings with input as inp
	contains(f.msg, "without stating the groups")
}

test_fires_for_affected_lgbtiq_not_tested if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/affected/groups", "value": ["workers", "lgbtiq"]}])
	some f in rule.findings with input as inp
	contains(f.msg, "`sexual orientation or gender identity`")
}

test_not_applicable_outside_employment if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["education"],
	}])
}

test_fires_on_a_points_system_whose_testing_is_disputed if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai", "value": {
			"used": false,
			"biasTesting": {"performed": true, "groups": ["sex", "age"], "status": "disputed"},
		}},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["points-system"]},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"a score (by `points-system`) that shapes `partial` decisions about job applicants or workers",
		"(650,000 people) has bias testing that cannot be counted on (disputed), so it is not known",
		"whether it disadvantages people by `age`, `disability`, `ethnic origin` and `sex`",
	])
}

test_not_applicable_when_marked if {
	marked := {"field": "ai.biasTesting", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
