package dria.rules.gaps.data_protection_test

import data.dria.rules.gaps.data_protection as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"data": {"categories": ["contact"]}}}
	contains(f.msg, "`data.legalBasis`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"data": {
		"categories": ["contact"],
		"legalBasis": "GDPR Art 6(1)(b)",
		"retentionDays": 90,
	}}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"data": {"categories": []}}}
}
