package dria.rules.security.access_control_logging_test

import data.dria.rules.security.access_control_logging as rule

base := {"spec": {
	"affected": {"people": 185000},
	"data": {"categories": ["identity", "health"]},
	"security": {"accessControl": false, "accessLogging": false},
}}

test_fires_without_access_control if {
	some f in rule.findings with input as base
	f.msg == "the system holds `health` data of 185,000 people, and access is not restricted (`accessControl: false`)"
	f.paths == ["/spec/affected/people", "/spec/data/categories", "/spec/security/accessControl"]
}

test_fires_on_sensitive_data_alone if {
	some f in rule.findings with input as {"spec": {
		"data": {"categories": ["biometric"]},
		"security": {"accessControl": false},
	}}
	f.msg == "the system holds `biometric` data, and access is not restricted (`accessControl: false`)"
}

test_fires_on_scale_alone if {
	some f in rule.findings with input as {"spec": {
		"affected": {"people": 2000000},
		"data": {"categories": ["contact"]},
		"security": {"accessControl": false},
	}}
	contains(f.msg, "holds data of 2,000,000 people")
}

test_fires_when_not_stated_in_high_stakes if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/security"}])
	endswith(f.msg, "and access control is not stated")
}

test_security_found_inadequate_counts_as_not_stated if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/security",
		"value": {"accessControl": true, "status": "found-inadequate", "statusSource": "the DPA after the 2023 breach"},
	}])
	endswith(f.msg, "access control is stated, but security was found inadequate by `the DPA after the 2023 breach`")
	f.paths == [
		"/spec/affected/people",
		"/spec/data/categories",
		"/spec/security/accessControl",
		"/spec/security/status",
	]
}

test_quiet_when_not_stated_in_lower_stakes if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"people": 500}, "data": {"categories": ["health"]}}}
}

test_quiet_with_access_control_even_without_logging if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/security/accessControl",
		"value": true,
	}])
}

test_not_applicable_small_ordinary_system if {
	not rule.applies with input as {"spec": {
		"affected": {"people": 900},
		"data": {"categories": ["contact"]},
		"security": {"accessControl": false},
	}}
}
