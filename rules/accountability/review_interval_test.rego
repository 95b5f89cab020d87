package dria.rules.accountability.review_interval_test

import data.dria.rules.accountability.review_interval as rule

base := {"spec": {
	"context": {"domains": ["social-benefits"], "lifecycle": "production"},
	"affected": {"people": 185000},
	"accountability": {"dueDiligence": {"ongoing": true, "reviewMonths": 24}},
}}

test_fires_long_review_interval if {
	some f in rule.findings with input as base
	f.msg == concat(" ", [
		"impacts are reviewed only every 24 months (`dueDiligence.reviewMonths:",
		"24`), less than once a year, for a system that affects 185,000 people",
	])
	f.paths == ["/spec/accountability/dueDiligence/reviewMonths"]
}

test_fires_when_ongoing_is_not_stated if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/accountability/dueDiligence/ongoing",
	}])
}

test_left_to_acc_006_when_one_off if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/dueDiligence/ongoing",
		"value": false,
	}])
}

test_quiet_at_twelve_months if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/dueDiligence/reviewMonths",
		"value": 12,
	}])
}

test_not_applicable_in_design if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/lifecycle",
		"value": "design",
	}])
}
