package dria.rules.decisions.false_matches_adverse_test

import data.dria.rules.decisions.false_matches_adverse as rule

base := {"spec": {
	"affected": {"people": 443000},
	"decisions": {
		"automation": "full",
		"legalEffect": false,
		"effects": ["debt-recovery", "ranking"],
		"methods": ["record-matching"],
		"matching": {
			"databases": ["tax office income data", "welfare records"],
			"falseMatchRate": 0.2,
			"evidence": "Royal Commission report, ch. 4",
		},
	},
}}

test_fires_when_wrong_matches_lead_to_debts if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"20% of the record matches link records of different people or miss the same person ",
		"(`falseMatchRate: 0.2`, above 1%): of the 443,000 people affected, about 88,600 could be ",
		"matched to someone else's records, and the matches feed decisions leading to `debt-recovery`",
	])
	f.paths == ["/spec/decisions/matching/falseMatchRate", "/spec/decisions/effects"]
}

test_fires_on_legal_effect if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": true},
		{"op": "remove", "path": "/spec/decisions/matching/evidence"},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, "and no evidence for the rate is given, and the matches feed decisions with legal effect")
}

test_quiet_at_one_percent if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/matching/falseMatchRate", "value": 0.004}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_adverse_measures if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/effects", "value": ["ranking"]}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_a_rate if {
	not rule.applies with input as {"spec": {"decisions": {"methods": ["record-matching"]}}}
}
