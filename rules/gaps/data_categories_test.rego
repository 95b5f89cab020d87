package dria.rules.gaps.data_categories_test

import data.dria.rules.gaps.data_categories as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"data": {"retentionDays": 30}}}
	contains(f.msg, "`data.categories`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"data": {"categories": []}}}
}

test_settled_when_no_one_is_touched if {
	count(rule.findings) == 0 with input as no_one
}

test_settled_without_personal_data if {
	count(rule.findings) == 0 with input as {"spec": {"scope": {"personalData": false}}}
	some f in rule.findings with input as {"spec": {"scope": {"personalData": true}}}
	"/spec/data/categories" in f.paths
}

test_settled_when_marked if {
	count(rule.findings) == 0 with input as {"spec": {"notApplicable": [{"field": "data.categories", "reason": "r"}]}}
}
