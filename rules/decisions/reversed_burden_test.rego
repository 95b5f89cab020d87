package dria.rules.decisions.reversed_burden_test

import data.dria.rules.decisions.reversed_burden as rule

base := {"spec": {
	"affected": {"people": 443000},
	"decisions": {"automation": "full", "legalEffect": true, "burdenOfProof": "individual"},
}}

test_fires_on_reversed_burden if {
	some f in rule.findings with input as base
	contains(f.msg, "`burdenOfProof: individual`")
	contains(f.msg, "443,000 people")
	contains(f.msg, "`full`")
	"/spec/decisions/burdenOfProof" in f.paths
	not contains(f.msg, "reasons")
}

test_mentions_missing_reasons if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/decisions/explanation", "value": {"provided": false}}])
	some f in rule.findings with input as inp
	contains(f.msg, "`explanation.provided: false`")
	"/spec/decisions/explanation/provided" in f.paths
}

test_fires_when_partial if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "partial",
	}])
}

test_quiet_when_authority_bears_burden if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/burdenOfProof",
		"value": "authority",
	}])
}

test_quiet_without_legal_effect if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}

test_quiet_when_assistive if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "assistive",
	}])
}

test_fires_on_debt_recovery_by_record_matching if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["debt-recovery"]},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["record-matching"]},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"people must prove the system wrong (`burdenOfProof: individual`) in `full` automated",
		"decisions (by `record-matching`) leading to `debt-recovery` on 443,000 people",
	])
	"/spec/decisions/effects" in f.paths
}

test_not_applicable_when_marked if {
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [{"field": "decisions", "reason": "r"}]}})
}

test_not_applicable_without_decisions if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
}
