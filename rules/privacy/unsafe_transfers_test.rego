package dria.rules.privacy.unsafe_transfers_test

import data.dria.rules.privacy.unsafe_transfers as rule

base := {"spec": {
	"context": {"jurisdictions": ["DK"]},
	"affected": {"people": 420000},
	"data": {
		"categories": ["identity", "biometric"],
		"transfers": [{"country": "US", "safeguard": "derogation"}, {"country": "TR", "safeguard": "none"}],
	},
}}

test_fires_on_none if {
	some f in rule.findings with input as base
	contains(f.msg, "`TR` with no safeguard")
	contains(f.msg, "including `biometric` data")
	f.paths == ["/spec/data/transfers/1"]
}

test_leaves_derogations_to_priv_035 if {
	count(rule.findings) == 1 with input as base
}

test_quiet_with_scc_and_adequacy if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/transfers",
		"value": [{"country": "US", "safeguard": "adequacy"}, {"country": "TR", "safeguard": "scc"}],
	}])
}

test_quiet_inside_eea if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/transfers",
		"value": [{"country": "DE", "safeguard": "none"}],
	}])
}

test_fires_to_eea_from_outside if {
	count(rule.findings) == 1 with input as {"spec": {
		"context": {"jurisdictions": ["KE"]},
		"data": {"transfers": [{"country": "FR", "safeguard": "none"}]},
	}}
}

test_not_applicable_without_transfers if {
	not rule.applies with input as {"spec": {"data": {"transfers": []}}}
}
