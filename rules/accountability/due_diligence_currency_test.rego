package dria.rules.accountability.due_diligence_currency_test

import data.dria.rules.accountability.due_diligence_currency as rule

base := {"spec": {
	"context": {"domains": ["social-benefits"], "lifecycle": "production"},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {
		"impactAssessments": [{"type": "dpia", "date": "2019-02-14"}],
		"dueDiligence": {"ongoing": false, "reviewMonths": 24},
	},
}}

test_fires_one_off if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	contains(f.msg, "`dueDiligence.ongoing: false`")
	contains(f.msg, "a system in `production` that affects 185,000 people")
	f.paths == ["/spec/accountability/dueDiligence/ongoing"]
}

test_quiet_when_ongoing if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/dueDiligence/ongoing",
		"value": true,
	}])
}

test_no_lifecycle_text if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context/lifecycle"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "affects 185,000 people")
}

test_not_applicable_when_retired if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/lifecycle",
		"value": "retired",
	}])
}

test_not_applicable_low_impact if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"decisions": {"automation": "partial", "legalEffect": false},
	}}
}

test_applies_for_profiling if {
	rule.applies with input as {"spec": {"ai": {"techniques": ["profiling"]}}}
}
