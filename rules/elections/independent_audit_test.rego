package dria.rules.elections.independent_audit_test

import data.dria.rules.elections.independent_audit as rule

base := {"spec": {
	"context": {"domains": ["elections"]},
	"affected": {"people": 19000000},
	"elections": {
		"functions": ["results-transmission", "voter-information"],
		"verifiability": {"independentAudit": false},
	},
}}

test_fires_without_audit if {
	some f in rule.findings with input as base
	contains(f.msg, "`results-transmission`")
	not contains(f.msg, "voter-information")
	contains(f.msg, "`independentAudit: false`")
	contains(f.msg, "19,000,000 people")
	"/spec/elections/verifiability/independentAudit" in f.paths
}

test_fires_when_audit_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/elections/verifiability"}])
	contains(f.msg, "no independent audit is stated")
}

test_quiet_with_audit if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/verifiability/independentAudit",
		"value": true,
	}])
}

test_quiet_for_voter_information_only if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/functions",
		"value": ["voter-information"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
