package dria.rules.remedy.appeal_independence_test

import data.dria.rules.remedy.appeal_independence as rule

base := {"spec": {
	"context": {"domains": ["social-benefits"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {"appeal": {"available": true, "independent": false}},
}}

test_fires_when_not_independent if {
	some f in rule.findings with input as base
	contains(f.msg, "`appeal.independent: false`")
	contains(f.msg, "185,000 people in `social-benefits`")
	"/spec/accountability/appeal/independent" in f.paths
}

test_fires_without_domains if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context"}])
	some f in rule.findings with input as inp
	contains(f.msg, "on 185,000 people are decided")
}

test_quiet_when_independent if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/appeal/independent", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability/appeal/independent"}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_legal_effect if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}

test_not_applicable_without_appeal if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/appeal",
		"value": {"available": false},
	}])
}

test_applies_with_appeal_and_legal_effect if {
	rule.applies with input as base
}

test_fires_on_a_suspension if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["benefit-suspension"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "appeals against decisions leading to `benefit-suspension` (`automation: full`)")
}

test_not_applicable_when_marked if {
	marked := {"field": "accountability.appeal.independent", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
