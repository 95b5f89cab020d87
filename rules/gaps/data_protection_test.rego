package dria.rules.gaps.data_protection_test

import data.dria.rules.gaps.data_protection as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"data": {"categories": ["contact"], "retentionDays": 30}}}
	f.msg == concat(" ", [
		"the legal basis for processing the personal data is not stated:",
		"`data.lawfulBases` and `data.legalBasis` missing",
	])
	f.paths == ["/spec/data/lawfulBases", "/spec/data/legalBasis"]
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"data": {
		"categories": ["contact"],
		"legalBasis": "GDPR Art 6(1)(b)",
	}}}
	count(rule.findings) == 0 with input as {"spec": {"data": {"categories": ["contact"], "lawfulBases": ["contract"]}}}
}

test_quiet_when_only_retention_is_missing if {
	count(rule.findings) == 0 with input as {"spec": {"data": {"categories": ["contact"], "legalBasis": "contract"}}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"data": {"categories": []}}}
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "data.legalBasis", "reason": "r"}]}}
}
