package dria.rules.fairness.bias_testing_stale_test

import data.dria.rules.fairness.bias_testing_stale as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement"]},
	"affected": {"people": 2400000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"used": true, "biasTesting": {"performed": true, "groups": ["sex"], "lastRun": "2000-03-15"}},
}}

test_fires_on_stale_test if {
	some f in rule.findings with input as base
	startswith(f.msg, concat(" ", [
		"the last bias test of a model that shapes `partial` decisions affecting 2,400,000 people",
		"was run on `2000-03-15`,",
	]))
	endswith(f.msg, "days ago (more than 12 months)")
	f.paths == ["/spec/ai/biasTesting/lastRun"]
}

test_fires_for_a_points_system if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/used", "value": false},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["points-system"]},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, "the last bias test of a score (by `points-system`) that shapes")
}

test_quiet_when_recent if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/biasTesting/lastRun", "value": "2200-01-01"}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "replace", "path": "/spec/context/domains", "value": ["messaging"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_when_not_tested if {
	untested := {"op": "replace", "path": "/spec/ai/biasTesting/performed", "value": false}
	not rule.applies with input as json.patch(base, [untested])
}
