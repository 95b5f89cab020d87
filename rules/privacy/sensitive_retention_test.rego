package dria.rules.privacy.sensitive_retention_test

import data.dria.rules.privacy.sensitive_retention as rule

base := {"spec": {
	"affected": {"people": 2400000},
	"data": {"categories": ["biometric", "criminal-records", "location"], "retentionDays": 1825},
}}

test_fires_for_biometric_kept_five_years if {
	some f in rule.findings with input as base
	contains(f.msg, "`biometric` data of 2,400,000 people for up to 1,825 days (about 5 years)")
	contains(f.msg, "beyond one year for biometric or genetic data")
	not contains(f.msg, "`criminal-records`")
	f.paths == ["/spec/data/categories", "/spec/data/retentionDays"]
}

test_fires_for_other_sensitive_data_over_five_years if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/retentionDays",
		"value": 3650,
	}])
	contains(f.msg, "`biometric` and `criminal-records` data")
	contains(f.msg, "(about 10 years)")
	contains(f.msg, "five years for other sensitive data")
}

test_quiet_when_no_limit_is_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/data/retentionDays"}])
}

test_quiet_with_short_retention if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/retentionDays",
		"value": 30,
	}])
}

test_quiet_for_health_kept_four_years if {
	count(rule.findings) == 0 with input as {"spec": {"data": {"categories": ["health"], "retentionDays": 1460}}}
}

test_short_retention_text if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/retentionDays",
		"value": 400,
	}])
	contains(f.msg, "(about 13 months)")
}

test_not_applicable_without_sensitive_data if {
	not rule.applies with input as {"spec": {"data": {"categories": ["contact"], "retentionDays": 36500}}}
}
