package dria.rules.kenya_dpa.transfers_test

import data.dria.rules.kenya_dpa.transfers as rule

doc(safeguard) := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"data": {"transfers": [{"country": "FR", "safeguard": safeguard}]},
}}

test_fires_without_safeguard if {
	some f in rule.findings with input as doc("none")
	contains(f.msg, "`FR`")
	f.paths == ["/spec/data/transfers/0"]
}

test_quiet_with_clauses if {
	count(rule.findings) == 0 with input as doc("scc")
}
