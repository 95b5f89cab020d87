package dria.rules.accountability.policy_commitment_test

import data.dria.rules.accountability.policy_commitment as rule

base := {"spec": {
	"affected": {"people": 420000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"accountability": {"policyCommitment": false},
}}

test_fires_for_legal_effect if {
	some f in rule.findings with input as base
	contains(f.msg, "`policyCommitment: false`")
	contains(f.msg, "legal effect (`automation: partial`) on 420,000 people")
	"/spec/accountability/policyCommitment" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_for_sensitive_domain if {
	inp := {"spec": {"context": {"domains": ["elections", "social-media"]}, "accountability": {"policyCommitment": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "operates in `elections`")
	"/spec/context/domains" in f.paths
}

test_fires_for_high_risk_technique if {
	inp := {"spec": {"ai": {"techniques": ["targeting", "generative"]}, "accountability": {"policyCommitment": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "applies `targeting`")
}

test_fires_not_stated_with_legal_effect if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_quiet_not_stated_without_legal_effect if {
	inp := {"spec": {"context": {"domains": ["health"]}}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_commitment if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/policyCommitment", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_low_impact if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"decisions": {"automation": "partial", "legalEffect": false},
	}}
}
