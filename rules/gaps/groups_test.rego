package dria.rules.gaps.groups_test

import data.dria.rules.gaps.groups as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"affected": {"people": 10}}}
	contains(f.msg, "`affected.groups`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"groups": ["workers"]}}}
}
