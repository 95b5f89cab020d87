package dria.rules.security.breach_notification_test

import data.dria.rules.security.breach_notification as rule

base := {"spec": {
	"affected": {"people": 32000000},
	"data": {"categories": ["identity", "biometric"]},
	"security": {"breachNotification": false},
}}

test_fires_without_process if {
	some f in rule.findings with input as base
	contains(f.msg, "`biometric` data of 32,000,000 people")
	contains(f.msg, "`breachNotification: false`")
	f.paths == ["/spec/security/breachNotification", "/spec/data/categories"]
}

test_fires_for_ordinary_data if {
	some f in rule.findings with input as {"spec": {
		"data": {"categories": ["contact"]},
		"security": {"breachNotification": false},
	}}
	contains(f.msg, "personal data of an unstated number of people")
}

test_fires_when_not_stated_in_high_stakes if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/security"}])
	endswith(f.msg, "and a breach notification process is not stated")
	f.paths == ["/spec/affected/people", "/spec/data/categories", "/spec/security/breachNotification"]
}

test_process_stated_where_security_was_found_inadequate_counts_as_not_stated if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/security",
		"value": {"breachNotification": true, "status": "found-inadequate", "statusSource": "ODPC"},
	}])
	endswith(f.msg, "a breach notification process is stated, but security was found inadequate by `ODPC`")
	"/spec/security/status" in f.paths
}

test_quiet_when_not_stated_small_scale if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"people": 900}, "data": {"categories": ["health"]}}}
}

test_quiet_with_process if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/security/breachNotification",
		"value": true,
	}])
}

test_not_applicable_without_personal_data if {
	not rule.applies with input as {"spec": {"data": {"categories": []}, "security": {"breachNotification": false}}}
}
