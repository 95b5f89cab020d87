package dria.rules.surveillance.protest_monitoring_test

import data.dria.rules.surveillance.protest_monitoring as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement"]},
	"affected": {"people": 50000, "groups": ["activists", "journalists", "children"]},
	"ai": {"techniques": ["facial-recognition"]},
	"data": {"categories": ["biometric", "identity"]},
	"surveillance": {"publicSpaces": true},
}}

test_fires_on_public_space_identification_of_activists if {
	some f in rule.findings with input as base
	contains(f.msg, "publicly accessible spaces")
	contains(f.msg, "`activists` and `journalists`")
	contains(f.msg, "`facial-recognition`")
	contains(f.msg, "`biometric` data")
	"/spec/surveillance/publicSpaces" in f.paths
	"/spec/affected/groups" in f.paths
	"/spec/ai/techniques" in f.paths
}

test_fires_on_protest_purpose_without_groups if {
	inp := {"spec": {
		"context": {"purpose": "Identify participants in unauthorised demonstrations from metro cameras"},
		"surveillance": {"locationTracking": true},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "protests or assemblies")
	contains(f.msg, "`locationTracking: true`")
	"/spec/context/purpose" in f.paths
}

test_quiet_for_crowd_counting_without_identification if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["other"]},
		{"op": "replace", "path": "/spec/data/categories", "value": ["identity"]},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_civil_society if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["children"],
	}])
}

test_quiet_outside_public_spaces if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/publicSpaces",
		"value": false,
	}])
}

test_not_applicable_to_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"], "purpose": "Pay for parking"}}}
}

test_purpose_pattern_ignores_unrelated_words if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"purpose": "Demonstrate compliance of assembled parts, reviewed each March"},
		"surveillance": {"locationTracking": true},
	}}
}

test_face_verification_does_not_single_people_out if {
	count(rule.findings) == 0 with input as {"spec": {
		"affected": {"groups": ["activists"]},
		"surveillance": {"publicSpaces": true},
		"ai": {"techniques": ["facial-recognition"], "biometricFunctions": ["verification"]},
	}}
}

test_identification_function_singles_people_out if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["journalists"]},
		"surveillance": {"publicSpaces": true},
		"ai": {"biometricFunctions": ["identification"]},
	}}
	contains(f.msg, "can identify individuals (`biometricFunctions: identification`)")
}
