package dria.rules.gaps.election_integrity_test

import data.dria.rules.gaps.election_integrity as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"elections": {"functions": ["e-voting"]}}}
	contains(f.msg, "`e-voting`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"elections": {
		"functions": ["e-voting"],
		"verifiability": {"endToEnd": true},
	}}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"elections": {"functions": ["voter-information"]}}}
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {
		"elections": {"functions": ["e-voting"]},
		"notApplicable": [{"field": "elections.verifiability", "reason": "r"}],
	}}
}
