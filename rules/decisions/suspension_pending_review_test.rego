package dria.rules.decisions.suspension_pending_review_test

import data.dria.rules.decisions.suspension_pending_review as rule

base := {"spec": {
	"affected": {"people": 90000},
	"decisions": {"automation": "partial", "legalEffect": false, "effects": ["investigation", "benefit-suspension"]},
	"accountability": {"appeal": {"available": true, "suspendsDecision": false}},
}}

test_fires_when_the_appeal_does_not_suspend if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"benefits are suspended on the system's output (`benefit-suspension`, affecting 90,000 people) ",
		"before the case is settled: no hearing before the measure is stated, ",
		"and an appeal does not put it on hold (`appeal.suspendsDecision: false`)",
	])
	f.paths == ["/spec/decisions/effects", "/spec/decisions/priorHearing", "/spec/accountability/appeal"]
}

test_fires_on_voter_roll_removal_without_appeal if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/effects", "value": ["voter-roll-removal"]},
		{"op": "replace", "path": "/spec/accountability/appeal", "value": {"available": false}},
	])
	some f in rule.findings with input as inp
	startswith(f.msg, "people are removed from a register on the system's output (`voter-roll-removal`, affecting")
	endswith(f.msg, "there is no appeal (`appeal.available: false`)")
}

test_fires_when_the_appeal_is_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "no appeal is stated")
	inp2 := json.patch(base, [{"op": "replace", "path": "/spec/accountability/appeal", "value": {"available": true}}])
	some g in rule.findings with input as inp2
	endswith(g.msg, "whether an appeal puts it on hold is not stated")
}

test_quiet_when_people_are_heard_first if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/decisions/priorHearing", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_fires_when_people_are_not_heard_first if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/decisions/priorHearing", "value": false}])
	some f in rule.findings with input as inp
	contains(f.msg, "people are not heard first (`priorHearing: false`), and an appeal does not put it on hold")
}

test_quiet_with_a_suspensive_appeal if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/appeal/suspendsDecision", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_suspension_or_removal if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/effects", "value": ["investigation"]}])
	not rule.applies with input as inp
	marked := {"field": "accountability.appeal", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
