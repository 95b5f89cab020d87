package dria.rules.privacy.sensitive_retention_unstated_test

import data.dria.rules.privacy.sensitive_retention_unstated as rule

base := {"spec": {
	"affected": {"people": 2400000},
	"data": {"categories": ["biometric", "criminal-records", "location"]},
}}

test_fires_when_no_limit_stated_at_scale if {
	some f in rule.findings with input as base
	f.msg == "processes `biometric` and `criminal-records` data of 2,400,000 people and no retention limit is stated"
	f.paths == ["/spec/data/categories", "/spec/affected/people", "/spec/data/retentionDays"]
}

test_quiet_with_a_limit if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/retentionDays",
		"value": 3650,
	}])
}

test_not_applicable_at_small_or_unstated_scale if {
	not rule.applies with input as {"spec": {"affected": {"people": 800}, "data": {"categories": ["health"]}}}
	not rule.applies with input as {"spec": {"data": {"categories": ["health"]}}}
}
