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
