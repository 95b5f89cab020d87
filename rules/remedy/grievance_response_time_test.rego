package dria.rules.remedy.grievance_response_time_test

import data.dria.rules.remedy.grievance_response_time as rule

base := {"spec": {
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {"grievance": {"available": true, "responseDays": 84}},
}}

test_fires_slow_response if {
	some f in rule.findings with input as base
	contains(f.msg, "within 84 days (`grievance.responseDays: 84`)")
	contains(f.msg, "185,000 people")
	"/spec/accountability/grievance/responseDays" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_without_legal_effect_clause if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	some f in rule.findings with input as inp
	endswith(f.msg, "30-day maximum")
}

test_quiet_at_30_days if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/grievance/responseDays", "value": 30}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability/grievance/responseDays"}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_grievance if {
	not rule.applies with input as {"spec": {"accountability": {"grievance": {"available": false, "responseDays": 90}}}}
}

test_names_effects_that_weigh_like_legal_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["deactivation"]},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, "while decisions leading to `deactivation` on 185,000 people take effect in the meantime")
}

test_not_applicable_when_marked if {
	marked := {"field": "accountability.grievance.responseDays", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
