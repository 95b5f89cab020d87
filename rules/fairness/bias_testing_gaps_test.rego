package dria.rules.fairness.bias_testing_gaps_test

import data.dria.rules.fairness.bias_testing_gaps as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement", "surveillance"]},
	"affected": {"people": 2400000, "groups": ["women", "ethnic-minorities", "children", "activists"]},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"used": true, "biasTesting": {
		"performed": true,
		"groups": ["sex", "race/ethnicity", "age band"],
		"lastRun": "2200-01-01",
	}},
}}

test_quiet_when_groups_covered_and_recent if {
	count(rule.findings) == 0 with input as base
}

test_fires_on_uncovered_groups if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/biasTesting/groups", "value": ["sex"]}])
	some f in rule.findings with input as inp
	contains(f.msg, "compares `sex`")
	contains(f.msg, "`children` and `ethnic-minorities`")
	contains(f.msg, "2,400,000 people")
	not contains(f.msg, "activists")
	f.paths == ["/spec/ai/biasTesting/groups", "/spec/affected/groups"]
}

test_fires_when_groups_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/biasTesting/groups"}])
	some f in rule.findings with input as inp
	contains(f.msg, "compares unstated groups")
	contains(f.msg, "`women`")
}

test_coverage_not_checked_in_employment if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["employment"]},
		{"op": "replace", "path": "/spec/ai/biasTesting/groups", "value": ["sex"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "replace", "path": "/spec/ai/biasTesting/groups", "value": ["sex"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_when_no_testing if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biasTesting",
		"value": {"performed": false},
	}])
}

test_new_groups_need_coverage if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/affected/groups", "value": ["single-parents", "people-with-migration-background"]},
		{"op": "replace", "path": "/spec/ai/biasTesting/groups", "value": ["household type"]},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, "compares `household type`, but not the affected groups `people-with-migration-background`")
}

test_testing_found_inadequate_is_still_checked if {
	inp := json.patch(base, [
		{"op": "add", "path": "/spec/ai/biasTesting/status", "value": "found-inadequate"},
		{"op": "replace", "path": "/spec/ai/biasTesting/groups", "value": ["sex"]},
	])
	count(rule.findings) == 1 with input as inp
}
