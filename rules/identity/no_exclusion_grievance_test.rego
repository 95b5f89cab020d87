package dria.rules.identity.no_exclusion_grievance_test

import data.dria.rules.identity.no_exclusion_grievance as rule

base := {"spec": {
	"context": {"domains": ["digital-identity", "social-benefits"]},
	"affected": {"people": 32000000, "mandatory": true},
	"decisions": {"automation": "full"},
	"accountability": {"grievance": {"available": false}},
}}

test_fires_without_grievance if {
	some f in rule.findings with input as base
	contains(f.msg, "`mandatory: true`")
	contains(f.msg, "32,000,000 people")
	contains(f.msg, "`grievance.available: false`")
	"/spec/affected/mandatory" in f.paths
	"/spec/accountability/grievance/available" in f.paths
}

test_fires_when_grievance_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	contains(f.msg, "is stated")
	contains(f.msg, "no grievance mechanism for failed authentication")
}

test_fires_when_inaccessible if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/grievance",
		"value": {"available": true, "accessible": false, "responseDays": 90},
	}])
	count(rule.findings) == 1 with input as inp
	some f in rule.findings with input as inp
	contains(f.msg, "`grievance.accessible: false`")
}

test_leaves_slow_answers_to_id_007 if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/grievance",
		"value": {"available": true, "accessible": true, "responseDays": 90},
	}])
	count(rule.findings) == 0 with input as inp
}

test_fires_for_automated_authentication_when_mandatory_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/affected/mandatory"}])
	contains(f.msg, "`automation: full`")
}

test_quiet_with_accessible_prompt_grievance if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/grievance",
		"value": {"available": true, "accessible": true},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_for_voluntary_manual_scheme if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/affected/mandatory", "value": false},
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_outside_identity if {
	not rule.applies with input as {"spec": {"context": {"domains": ["social-benefits"]}}}
}
