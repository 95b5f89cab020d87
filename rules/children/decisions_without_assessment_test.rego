package dria.rules.children.decisions_without_assessment_test

import data.dria.rules.children.decisions_without_assessment as rule

base := {"spec": {
	"affected": {"people": 210000, "groups": ["children", "migrants"]},
	"decisions": {"automation": "partial", "legalEffect": true},
	"ai": {"techniques": ["predictive-policing", "risk-scoring"]},
	"accountability": {"impactAssessments": [{"type": "dpia", "date": "2021-03-22", "published": false}]},
}}

test_fires_with_unpublished_dpia if {
	some f in rule.findings with input as base
	contains(f.msg, "decisions with legal effect (`automation: partial`)")
	contains(f.msg, "`predictive-policing` and `risk-scoring`")
	contains(f.msg, "210,000 people, including children")
	contains(f.msg, "no impact assessment has been published")
	f.paths == [
		"/spec/affected/groups",
		"/spec/ai/techniques",
		"/spec/decisions",
		"/spec/accountability/impactAssessments",
	]
}

test_fires_when_no_assessment_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	contains(f.msg, "no impact assessment is stated")
}

test_quiet_with_published_assessment if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "hria", "published": true},
	}])
}

test_not_applicable_without_consequential_use if {
	not rule.applies with input as {"spec": {
		"affected": {"groups": ["children"]},
		"decisions": {"automation": "full", "legalEffect": false},
		"ai": {"techniques": ["translation"]},
	}}
}

test_not_applicable_without_children if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["migrants"],
	}])
}

test_published_assessment_found_inadequate_does_not_count if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments/0",
		"value": {"type": "dpia", "published": true, "status": "found-inadequate", "statusSource": "the regulator"},
	}])
	endswith(f.msg, "has been published that holds (the `dpia` was found inadequate by `the regulator`)")
	"/spec/accountability/impactAssessments/0/status" in f.paths
}

test_fires_on_measures_against_families if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["children", "single-parents"]},
		"decisions": {"effects": ["home-visit"]},
	}}
	contains(f.msg, "the system is used for measures against people (`home-visit`)")
	endswith(f.msg, "and no impact assessment is stated")
}
