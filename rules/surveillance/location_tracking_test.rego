package dria.rules.surveillance.location_tracking_test

import data.dria.rules.surveillance.location_tracking as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["migration-border"]},
	"affected": {"people": 420000},
	"surveillance": {"locationTracking": true, "judicialAuthorisation": false},
}}

test_fires_for_border_tracking if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	contains(f.msg, "420,000 people")
	contains(f.msg, "`migration-border` purposes")
	contains(f.msg, "`judicialAuthorisation: false`")
	"/spec/surveillance/locationTracking" in f.paths
	"/spec/context/domains" in f.paths
}

test_fires_for_public_body_with_unstated_scale if {
	inp := {"spec": {"context": {"sector": "public", "domains": ["health"]}, "surveillance": {"locationTracking": true}}}
	some f in rule.findings with input as inp
	contains(f.msg, "an unstated number of people")
	contains(f.msg, "`sector: public`")
	contains(f.msg, "not stated")
}

test_fires_for_private_app_feeding_police if {
	inp := {"spec": {
		"context": {"sector": "private", "domains": ["other"]},
		"affected": {"people": 2000000},
		"data": {"sharing": [
			{"recipient": "Researchers", "type": "researchers"},
			{"recipient": "State police", "type": "law-enforcement"},
		]},
		"surveillance": {"locationTracking": true},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "data go to `State police`")
	"/spec/data/sharing" in f.paths
}

test_quiet_with_authorisation if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
}

test_quiet_at_small_scale if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/people",
		"value": 40,
	}])
}

test_quiet_for_private_service_not_sharing_with_state if {
	inp := {"spec": {
		"context": {"sector": "private", "domains": ["other"]},
		"affected": {"people": 2000000},
		"surveillance": {"locationTracking": true},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_tracking if {
	not rule.applies with input as {"spec": {"surveillance": {"locationTracking": false}}}
}
