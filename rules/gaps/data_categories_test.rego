package dria.rules.gaps.data_categories_test

import data.dria.rules.gaps.data_categories as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"data": {"retentionDays": 30}}}
	contains(f.msg, "`data.categories`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"data": {"categories": []}}}
}
