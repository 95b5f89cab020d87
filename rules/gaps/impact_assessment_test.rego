package dria.rules.gaps.impact_assessment_test

import data.dria.rules.gaps.impact_assessment as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"accountability": {}}}
	contains(f.msg, "impact assessment")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"accountability": {"impactAssessments": []}}}
}

test_not_applicable_when_no_one_is_touched if {
	not rule.applies with input as no_one
	rule.applies with input as {"spec": {}}
}

test_not_applicable_when_marked if {
	marked := {"field": "accountability.impactAssessments", "reason": "a static page"}
	not rule.applies with input as {"spec": {"notApplicable": [marked]}}
}
