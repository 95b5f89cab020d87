package dria.rules.security.access_logging_test

import data.dria.rules.security.access_logging as rule

base := {"spec": {
	"affected": {"people": 185000},
	"data": {"categories": ["identity", "health"]},
	"security": {"accessControl": true, "accessLogging": false},
}}

test_fires_without_logging if {
	some f in rule.findings with input as base
	f.msg == "the system holds `health` data of 185,000 people, and access is not logged (`accessLogging: false`)"
	f.paths == ["/spec/affected/people", "/spec/data/categories", "/spec/security/accessLogging"]
}

test_fires_on_scale_alone if {
	some f in rule.findings with input as {"spec": {
		"affected": {"people": 2000000},
		"data": {"categories": ["contact"]},
		"security": {"accessLogging": false},
	}}
	contains(f.msg, "holds data of 2,000,000 people, and access is not logged")
}

test_fires_when_not_stated_in_high_stakes if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/security"}])
	endswith(f.msg, "and access logging is not stated")
}

test_security_found_inadequate_counts_as_not_stated if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/security",
		"value": {"accessLogging": true, "status": "found-inadequate"},
	}])
	endswith(f.msg, "access logging is stated, but security was found inadequate (by whom is not stated)")
}

test_evidenced_security_counts if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/security",
		"value": {"accessLogging": true, "status": "evidenced"},
	}])
}

test_quiet_with_logging if {
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
