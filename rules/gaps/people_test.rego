package dria.rules.gaps.people_test

import data.dria.rules.gaps.people as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"affected": {"groups": ["workers"]}}}
	contains(f.msg, "`affected.people`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"people": 1200}}}
}
