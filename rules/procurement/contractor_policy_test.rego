package dria.rules.procurement.contractor_policy_test

import data.dria.rules.procurement.contractor_policy as rule

base := {"spec": {
	"context": {"sector": "public-service-contractor"},
	"affected": {"people": 90000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"accountability": {"policyCommitment": false},
}}

test_fires_without_policy if {
	some f in rule.findings with input as base
	contains(f.msg, "90,000 people")
	contains(f.msg, "`policyCommitment: false`")
	f.paths == ["/spec/accountability/policyCommitment", "/spec/context/sector"]
}

test_fires_when_unstated_in_legal_effect_decisions if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "states no human rights policy commitment")
}

test_quiet_when_unstated_without_decisions if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accountability"},
		{"op": "replace", "path": "/spec/decisions/automation", "value": "none"},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_policy if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/policyCommitment",
		"value": true,
	}])
}

test_not_applicable_to_public_body if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/context/sector", "value": "public"}])
}
