package dria.rules.privacy.location_tracking_scale_test

import data.dria.rules.privacy.location_tracking_scale as rule

base := {"spec": {
	"affected": {"people": 32000000},
	"surveillance": {"locationTracking": true},
	"data": {
		"categories": ["identity", "location"],
		"retentionDays": 36500,
		"minimisation": false,
		"sharing": [{"recipient": "National Police Service", "type": "law-enforcement"}],
	},
}}

test_fires_for_population_tracking if {
	some f in rule.findings with input as base
	contains(f.msg, "tracks people's location (`locationTracking: true`) for 32,000,000 people")
	contains(f.msg, "keeps data for 36,500 days")
	contains(f.msg, "discloses data to `National Police Service` (`law-enforcement`)")
	contains(f.msg, "`minimisation: false`")
	"/spec/data/sharing/0" in f.paths
	"/spec/surveillance/locationTracking" in f.paths
}

test_fires_for_sensor_location_without_retention_limit if {
	some f in rule.findings with input as {"spec": {
		"affected": {"people": 150000},
		"data": {"categories": ["location"], "sources": ["sensors"], "minimisation": true},
	}}
	contains(f.msg, "collects `location` data from `sensors`")
	contains(f.msg, "states no retention limit")
}

test_quiet_when_short_minimised_and_not_shared if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data",
		"value": {"categories": ["location"], "retentionDays": 14, "minimisation": true},
	}])
}

test_quiet_at_small_scale if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/people",
		"value": 800,
	}])
}

test_not_applicable_without_tracking if {
	not rule.applies with input as {"spec": {
		"surveillance": {"locationTracking": false},
		"data": {"categories": ["location"], "sources": ["data-subject"]},
	}}
}

test_judges_a_disclosure_on_what_it_includes if {
	sys := json.patch(base, [
		{"op": "replace", "path": "/spec/data/retentionDays", "value": 14},
		{"op": "replace", "path": "/spec/data/minimisation", "value": true},
		{"op": "add", "path": "/spec/data/sharing/0/dataCategories", "value": ["identity"]},
	])
	count(rule.findings) == 0 with input as sys
	some f in rule.findings with input as json.patch(sys, [{
		"op": "replace",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["location"],
	}])
	endswith(f.msg, "and discloses data to `National Police Service` (`law-enforcement`)")
}
