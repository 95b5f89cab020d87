package dria.rules.decisions.worker_management_test

import data.dria.rules.decisions.worker_management as rule

safe := {"spec": {
	"context": {"domains": ["employment"]},
	"affected": {"people": 60000, "groups": ["workers", "migrants"]},
	"decisions": {
		"automation": "full",
		"legalEffect": true,
		"humanReview": {"available": true, "canOverride": true, "trained": true},
		"explanation": {"provided": true},
	},
	"data": {"sources": ["data-subject", "sensors"]},
	"ai": {"used": true, "techniques": ["risk-scoring"]},
	"surveillance": {"locationTracking": true},
	"accountability": {"appeal": {"available": true}},
}}

test_fires_on_rider_ranking if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/humanReview", "value": {"available": false}},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`locationTracking: true`")
	contains(f.msg, "`sensors` data")
	contains(f.msg, "60,000 people")
	contains(f.msg, "reasons given to the worker")
	contains(f.msg, "trained manager")
	not contains(f.msg, "contest")
	"/spec/surveillance/locationTracking" in f.paths
	"/spec/decisions/explanation" in f.paths
}

test_fires_on_sensor_tracking_when_appeal_not_stated if {
	inp := json.patch(safe, [
		{"op": "remove", "path": "/spec/surveillance"},
		{"op": "remove", "path": "/spec/accountability"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "a way to contest the decision")
	not "/spec/surveillance/locationTracking" in f.paths
}

test_fires_on_location_data_without_tracking_flag if {
	inp := json.patch(safe, [
		{"op": "remove", "path": "/spec/surveillance"},
		{"op": "replace", "path": "/spec/data/sources", "value": ["data-subject"]},
		{"op": "add", "path": "/spec/data/categories", "value": ["identity", "location"]},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`location` data")
	"/spec/data/categories" in f.paths
}

test_quiet_with_safeguards if {
	count(rule.findings) == 0 with input as safe
}

test_quiet_without_tracking if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/surveillance/locationTracking", "value": false},
		{"op": "replace", "path": "/spec/data/sources", "value": ["data-subject"]},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_manager_decides_without_a_score if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["translation"]},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_fires_when_a_score_informs_the_manager if {
	inp := {"spec": {
		"context": {"domains": ["employment"]},
		"affected": {"people": 27782, "groups": ["workers"]},
		"decisions": {"automation": "assistive", "methods": ["rule-based-scoring"]},
		"data": {"sources": ["sensors"]},
	}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"workers are tracked (`sensors` data) and scored (by `rule-based-scoring`) for `assistive`",
		"decisions about their work affecting 27,782 people, without a way to contest the decision;",
		"reasons given to the worker",
	])
	not "/spec/decisions/humanReview" in f.paths
}

test_fires_on_ranking_gig_workers_without_a_model if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/ai", "value": {"used": false}},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["ranking", "work-allocation"]},
		{"op": "replace", "path": "/spec/affected/groups", "value": ["gig-workers"]},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, concat(" ", [
		"gig workers are tracked (`locationTracking: true`, `sensors` data) and subject to `ranking` and",
		"`work-allocation` through `full`",
	]))
}

test_review_found_inadequate_counts_as_missing if {
	inp := json.patch(safe, [{"op": "add", "path": "/spec/decisions/humanReview/status", "value": "found-inadequate"}])
	some f in rule.findings with input as inp
	contains(f.msg, "review by a trained manager who can override the score (found inadequate)")
}

test_not_applicable_outside_employment if {
	not rule.applies with input as {"spec": {"context": {"domains": ["health"]}}}
	not rule.applies with input as json.patch(safe, [{
		"op": "add",
		"path": "/spec/notApplicable",
		"value": [{"field": "decisions", "reason": "r"}],
	}])
}

test_names_the_effects_when_nothing_scores if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/ai", "value": {"used": false}},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["deactivation"]},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "and subject to `deactivation` through `full` decisions about their work")
}
