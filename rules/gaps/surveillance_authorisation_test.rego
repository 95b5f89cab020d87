package dria.rules.gaps.surveillance_authorisation_test

import data.dria.rules.gaps.surveillance_authorisation as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"surveillance": {"locationTracking": true}}}
	contains(f.msg, "`locationTracking`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"surveillance": {
		"locationTracking": true,
		"judicialAuthorisation": true,
	}}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"surveillance": {"locationTracking": false}}}
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {
		"surveillance": {"locationTracking": true},
		"notApplicable": [{"field": "surveillance.judicialAuthorisation", "reason": "r"}],
	}}
}

test_face_verification_is_not_a_surveillance_capability if {
	not rule.applies with input as {"spec": {"ai": {
		"techniques": ["facial-recognition"],
		"biometricFunctions": ["verification"],
	}}}
	rule.applies with input as {"spec": {"ai": {
		"techniques": ["facial-recognition"],
		"biometricFunctions": ["identification"],
	}}}
}
