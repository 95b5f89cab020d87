package dria.rules.security.access_control_logging_test

import data.dria.rules.security.access_control_logging as rule

base := {"spec": {
	"affected": {"people": 185000},
	"data": {"categories": ["identity", "health"]},
	"security": {"accessControl": true, "accessLogging": false},
}}

test_fires_without_logging if {
	some f in rule.findings with input as base
	contains(f.msg, "holds `health` data of 185,000 people, and access is not logged (`accessLogging: false`)")
	f.paths == ["/spec/affected/people", "/spec/data/categories", "/spec/security/accessLogging"]
}

test_fires_without_access_control_on_sensitive_data_alone if {
	some f in rule.findings with input as {"spec": {
		"data": {"categories": ["biometric"]},
		"security": {"accessControl": false},
	}}
	contains(f.msg, "holds `biometric` data, and access is not restricted")
}

test_fires_on_scale_alone if {
	some f in rule.findings with input as {"spec": {
		"affected": {"people": 2000000},
		"data": {"categories": ["contact"]},
		"security": {"accessLogging": false},
	}}
	contains(f.msg, "holds data of 2,000,000 people")
}

test_fires_when_not_stated_in_high_stakes if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/security"}])
	contains(f.msg, "access control is not stated and access logging is not stated")
}

test_quiet_when_not_stated_in_lower_stakes if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"people": 500}, "data": {"categories": ["health"]}}}
}

test_quiet_with_control_and_logging if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/security/accessLogging",
		"value": true,
	}])
}

test_not_applicable_small_ordinary_system if {
	not rule.applies with input as {"spec": {
		"affected": {"people": 900},
		"data": {"categories": ["contact"]},
		"security": {"accessLogging": false},
	}}
}
