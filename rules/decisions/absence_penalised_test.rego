package dria.rules.decisions.absence_penalised_test

import data.dria.rules.decisions.absence_penalised as rule

frank := {"spec": {
	"affected": {"people": 8000, "groups": ["gig-workers", "workers"]},
	"decisions": {
		"automation": "full",
		"effects": ["ranking", "work-allocation"],
		"penalisesAbsence": true,
		"legitimateReasonsConsidered": false,
	},
}}

test_fires_on_the_frank_pattern if {
	some f in rule.findings with input as frank
	f.msg == concat(" ", [
		"the system penalises absence, refusal or unavailability (`penalisesAbsence: true`) of 8,000 people",
		"(`gig-workers` and `workers`) through `ranking` and `work-allocation`, and legitimate reasons such as",
		"illness, care duties, disability or taking part in a strike are not taken into account",
		"(`legitimateReasonsConsidered: false`)",
	])
	f.paths == [
		"/spec/decisions/penalisesAbsence",
		"/spec/decisions/legitimateReasonsConsidered",
		"/spec/decisions/effects",
	]
}

test_fires_when_reasons_not_stated if {
	inp := {"spec": {"decisions": {"penalisesAbsence": true}}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"the system penalises absence, refusal or unavailability (`penalisesAbsence: true`) of an unstated",
		"number of people, and whether legitimate reasons such as illness, care duties, disability or taking",
		"part in a strike are taken into account is not stated",
	])
}

test_quiet_when_reasons_are_considered if {
	inp := json.patch(frank, [{"op": "replace", "path": "/spec/decisions/legitimateReasonsConsidered", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_a_penalty if {
	not rule.applies with input as json.patch(frank, [{
		"op": "replace",
		"path": "/spec/decisions/penalisesAbsence",
		"value": false,
	}])
	not rule.applies with input as {"spec": {"decisions": {"automation": "full"}}}
	marked := {"field": "decisions.legitimateReasonsConsidered", "reason": "r"}
	not rule.applies with input as object.union(frank, {"spec": {"notApplicable": [marked]}})
}
