package dria.rules.gaps.people_test

import data.dria.rules.gaps.people as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"affected": {"groups": ["workers"]}}}
	contains(f.msg, "`affected.people`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"people": 1200}}}
}

test_not_applicable_when_no_one_is_touched if {
	not rule.applies with input as no_one
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "affected.people", "reason": "open data"}]}}
	rule.applies with input as {"spec": {"notApplicable": [{"field": "affected.groups", "reason": "open data"}]}}
}
