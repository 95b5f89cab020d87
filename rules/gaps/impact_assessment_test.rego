package dria.rules.gaps.impact_assessment_test

import data.dria.rules.gaps.impact_assessment as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"accountability": {}}}
	contains(f.msg, "impact assessment")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"accountability": {"impactAssessments": []}}}
}
