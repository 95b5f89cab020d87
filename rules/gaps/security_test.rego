package dria.rules.gaps.security_test

import data.dria.rules.gaps.security as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"security": {"accessControl": true}}}
	contains(f.msg, "`security.accessLogging`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"security": {
		"accessControl": true,
		"accessLogging": true,
		"breachNotification": true,
	}}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"data": {"categories": []}}}
}

test_names_only_the_missing_measures if {
	some f in rule.findings with input as {"spec": {"security": {"accessControl": true, "accessLogging": true}}}
	f.msg == "security of the personal data is not fully stated: `security.breachNotification` missing"
}

test_not_applicable_when_no_one_is_touched_or_marked if {
	none := {"personalData": false, "decisionsAboutPeople": false, "profiling": false}
	not rule.applies with input as {"spec": {"scope": none}}
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "security", "reason": "r"}]}}
	marked := {"spec": {
		"security": {"accessControl": true, "accessLogging": true},
		"notApplicable": [{"field": "security.breachNotification", "reason": "r"}],
	}}
	count(rule.findings) == 0 with input as marked
}
