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

test_quiet_when_manager_decides if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_outside_employment if {
	not rule.applies with input as {"spec": {"context": {"domains": ["health"]}}}
}
