package dria.rules.gaps.groups_test

import data.dria.rules.gaps.groups as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"affected": {"people": 10}}}
	contains(f.msg, "`affected.groups`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"groups": ["workers"]}}}
}

test_not_applicable_when_no_one_is_touched if {
	not rule.applies with input as no_one
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "affected", "reason": "nobody"}]}}
}
