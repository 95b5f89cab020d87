package dria.rules.identity.slow_exclusion_grievance_test

import data.dria.rules.identity.slow_exclusion_grievance as rule

base := {"spec": {
	"context": {"domains": ["digital-identity", "social-benefits"]},
	"affected": {"people": 32000000, "mandatory": true},
	"accountability": {"grievance": {"available": true, "accessible": true, "responseDays": 90}},
}}

test_fires_when_slow if {
	some f in rule.findings with input as base
	contains(f.msg, "(`mandatory: true`), affecting 32,000,000 people")
	contains(f.msg, "takes up to 90 days to answer")
	f.paths == ["/spec/accountability/grievance/responseDays", "/spec/affected/mandatory"]
}

test_fires_for_automated_authentication if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "remove", "path": "/spec/affected/mandatory"},
		{"op": "add", "path": "/spec/decisions", "value": {"automation": "full"}},
	])
	contains(f.msg, "(`automation: full` decides authentication or eligibility)")
}

test_quiet_within_a_month if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/grievance/responseDays",
		"value": 30,
	}])
}

test_quiet_for_voluntary_manual_scheme if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/mandatory",
		"value": false,
	}])
}

test_not_applicable_outside_identity if {
	not rule.applies with input as {"spec": {"context": {"domains": ["social-benefits"]}}}
}
