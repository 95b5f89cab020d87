package dria.rules.remedy.anonymous_grievance_test

import data.dria.rules.remedy.anonymous_grievance as rule

base := {"spec": {
	"affected": {"groups": ["workers", "migrants"]},
	"accountability": {"grievance": {"available": true, "anonymous": false}},
}}

test_fires_for_workers if {
	some f in rule.findings with input as base
	contains(f.msg, "`grievance.anonymous: false`")
	contains(f.msg, "include `workers`")
	"/spec/accountability/grievance/anonymous" in f.paths
	"/spec/affected/groups" in f.paths
}

test_fires_for_civil_society_targets if {
	inp := {"spec": {
		"surveillance": {"targetsIncludeCivilSociety": true},
		"accountability": {"grievance": {"available": true, "anonymous": false}},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "`targetsIncludeCivilSociety: true`")
	"/spec/surveillance/targetsIncludeCivilSociety" in f.paths
}

test_quiet_when_anonymous if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/grievance/anonymous", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability/grievance/anonymous"}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_exposed_groups if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["patients"],
	}])
}

test_not_applicable_without_grievance if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/grievance",
		"value": {"available": false},
	}])
}

test_fires_for_gig_workers if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/affected/groups", "value": ["gig-workers"]}])
	some f in rule.findings with input as inp
	contains(f.msg, "include `gig-workers`")
}

test_not_applicable_when_marked if {
	marked := {"field": "accountability.grievance.anonymous", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
