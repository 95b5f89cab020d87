package dria.rules.gaps.retention_test

import data.dria.rules.gaps.retention as rule

test_fires_when_only_retention_is_missing if {
	some f in rule.findings with input as {"spec": {"data": {"categories": ["contact"], "legalBasis": "contract"}}}
	f.msg == "how long the personal data are kept is not stated: `data.retentionDays` missing"
	f.paths == ["/spec/data/retentionDays"]
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"data": {"categories": ["contact"], "retentionDays": 90}}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"data": {"categories": []}}}
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "data.retentionDays", "reason": "r"}]}}
}
