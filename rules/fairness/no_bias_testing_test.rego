package dria.rules.fairness.no_bias_testing_test

import data.dria.rules.fairness.no_bias_testing as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement"]},
	"affected": {"people": 210000, "groups": ["ethnic-minorities", "students"]},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"used": true, "biasTesting": {"performed": false}},
}}

test_fires_without_bias_testing if {
	some f in rule.findings with input as base
	contains(f.msg, "`law-enforcement`")
	contains(f.msg, "210,000 people (including `ethnic-minorities`)")
	contains(f.msg, "`biasTesting.performed: false`")
	"/spec/ai/biasTesting" in f.paths
}

test_fires_when_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/ai/biasTesting"}])
	contains(f.msg, "no bias testing is stated")
}

test_quiet_when_tested if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biasTesting/performed",
		"value": true,
	}])
}

test_quiet_for_low_stakes_spam_filter if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["messaging"]},
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_in_employment if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["employment"],
	}])
}

test_not_applicable_without_model if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/ai", "value": {"used": false}}])
}

test_fires_on_legal_effect_without_domains_or_groups if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context"}, {"op": "remove", "path": "/spec/affected/groups"}])
	some f in rule.findings with input as inp
	startswith(f.msg, "a model shapes `partial` decisions affecting 210,000 people, and")
}

test_bias_testing_found_inadequate_does_not_count if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biasTesting",
		"value": {"performed": true, "status": "found-inadequate", "statusSource": "the Court of Audit"},
	}])
	some f in rule.findings with input as inp
	endswith(f.msg, "and its bias testing cannot be counted on (found inadequate by the Court of Audit)")
}

test_fires_on_a_points_system if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai", "value": {"used": false}},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["points-system"]},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"a score (by `points-system`) shapes `partial` decisions in `law-enforcement` affecting 210,000 people",
		"(including `ethnic-minorities`), and no bias testing is stated",
	])
}

test_not_applicable_when_marked if {
	marked := {"field": "ai.biasTesting", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
