package dria.rules.remedy.grievance_accessibility_test

import data.dria.rules.remedy.grievance_accessibility as rule

base := {"spec": {
	"affected": {"people": 32000000, "groups": ["elderly", "persons-with-disabilities", "women"], "mandatory": true},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {"grievance": {"available": true, "accessible": false}},
	"accessibility": {"wcag": "none", "nonDigitalAlternative": false},
}}

test_fires_with_groups_and_barriers if {
	some f in rule.findings with input as base
	contains(f.msg, "`grievance.accessible: false`")
	contains(f.msg, "32,000,000 people affected include `elderly` and `persons-with-disabilities`")
	contains(f.msg, "`nonDigitalAlternative: false`")
	contains(f.msg, "`wcag: none`")
	"/spec/accountability/grievance/accessible" in f.paths
	"/spec/affected/groups" in f.paths
	"/spec/accessibility/wcag" in f.paths
	"/spec/accessibility/nonDigitalAlternative" in f.paths
}

test_fires_without_groups_or_barriers if {
	inp := {"spec": {"accountability": {"grievance": {"available": true, "accessible": false}}}}
	some f in rule.findings with input as inp
	endswith(f.msg, "(`grievance.accessible: false`)")
	f.paths == ["/spec/accountability/grievance/accessible"]
}

test_fires_not_stated_high_stakes if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability/grievance/accessible"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_quiet_not_stated_optional_use if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accountability/grievance/accessible"},
		{"op": "replace", "path": "/spec/affected/mandatory", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_accessible if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/grievance/accessible", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_grievance if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/grievance",
		"value": {"available": false},
	}])
}

test_not_applicable_when_marked if {
	marked := {"field": "accountability.grievance.accessible", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
