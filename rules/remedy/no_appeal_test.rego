package dria.rules.remedy.no_appeal_test

import data.dria.rules.remedy.no_appeal as rule

base := {"spec": {
	"context": {"domains": ["employment"]},
	"affected": {"people": 650000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"accountability": {"appeal": {"available": false}},
}}

test_fires_without_appeal if {
	some f in rule.findings with input as base
	contains(f.msg, "`appeal.available: false`")
	contains(f.msg, "(`automation: partial`) on 650,000 people in `employment`")
	"/spec/accountability/appeal/available" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_when_not_stated if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accountability"},
		{"op": "remove", "path": "/spec/context"},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, "on 650,000 people is not stated")
	"/spec/accountability/appeal" in f.paths
}

test_quiet_with_appeal if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/appeal/available", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_legal_effect if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/legalEffect",
		"value": false,
	}])
}

test_not_applicable_without_decisions if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "none",
	}])
}

test_fires_on_a_deactivation_without_appeal if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["deactivation"]},
	])
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"people cannot appeal (`appeal.available: false`) decisions leading to `deactivation`",
		"(`automation: partial`) on 650,000 people in `employment`",
	])
	"/spec/decisions/effects" in f.paths
}

test_not_applicable_when_marked_or_void if {
	marked := {"field": "accountability.appeal", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
	void := {"field": "decisions", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [void]}})
}
