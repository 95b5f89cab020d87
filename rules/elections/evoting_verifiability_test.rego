package dria.rules.elections.evoting_verifiability_test

import data.dria.rules.elections.evoting_verifiability as rule

base := {"spec": {
	"context": {"domains": ["elections"]},
	"affected": {"people": 2400000},
	"elections": {
		"functions": ["e-voting", "results-transmission"],
		"verifiability": {"endToEnd": false, "paperTrail": false, "independentAudit": true},
	},
}}

test_fires_without_verifiability_or_paper if {
	some f in rule.findings with input as base
	contains(f.msg, "no end-to-end verifiability (`endToEnd: false`)")
	contains(f.msg, "no paper trail (`paperTrail: false`)")
	contains(f.msg, "2,400,000 people")
	"/spec/elections/verifiability/paperTrail" in f.paths
}

test_fires_when_verifiability_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/elections/verifiability"}])
	contains(f.msg, "no end-to-end verifiability stated")
	contains(f.msg, "no paper trail stated")
}

test_quiet_with_paper_trail if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/verifiability/paperTrail",
		"value": true,
	}])
}

test_quiet_with_end_to_end_verifiability if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/verifiability/endToEnd",
		"value": true,
	}])
}

test_quiet_without_e_voting if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/functions",
		"value": ["voter-information"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
