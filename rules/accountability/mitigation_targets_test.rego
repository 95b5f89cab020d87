package dria.rules.accountability.mitigation_targets_test

import data.dria.rules.accountability.mitigation_targets as rule

doc(addresses) := {"spec": {"mitigations": [{
	"id": "M-1",
	"addresses": addresses,
	"description": "d",
	"status": "planned",
}]}}

test_fires_for_unknown_rule_id if {
	some f in rule.findings with input as doc(["privacy", "DRIA-DEC-999"])
	contains(f.msg, "`DRIA-DEC-999`")
	f.paths == ["/spec/mitigations/0/addresses/1"]
}

test_quiet_for_known_rule_and_right if {
	count(rule.findings) == 0 with input as doc(["privacy", "DRIA-DEC-001"])
}
