package dria.rules.privacy.bulk_derogation_transfers_test

import data.dria.rules.privacy.bulk_derogation_transfers as rule

base := {"spec": {
	"context": {"jurisdictions": ["DK"]},
	"affected": {"people": 420000},
	"data": {
		"categories": ["identity", "biometric"],
		"transfers": [{"country": "US", "safeguard": "derogation"}, {"country": "TR", "safeguard": "none"}],
	},
}}

test_fires_on_bulk_derogation if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	contains(f.msg, "data of 420,000 people are transferred to `US` on a derogation")
	endswith(f.msg, "including `biometric` data")
	f.paths == ["/spec/data/transfers/0", "/spec/data/categories", "/spec/affected/people"]
}

test_quiet_on_occasional_derogation if {
	count(rule.findings) == 0 with input as {"spec": {
		"affected": {"people": 40},
		"data": {"categories": ["contact"], "transfers": [{"country": "US", "safeguard": "derogation"}]},
	}}
}

test_not_applicable_without_derogations if {
	not rule.applies with input as {"spec": {"data": {"transfers": [{"country": "US", "safeguard": "scc"}]}}}
}
