package dria.rules.surveillance.export_assessment_test

import data.dria.rules.surveillance.export_assessment as rule

base := {"spec": {
	"context": {"role": "provider", "domains": ["surveillance", "law-enforcement"]},
	"ai": {"techniques": ["remote-biometric-identification"]},
	"surveillance": {"lawfulInterception": true, "exportControlled": false},
}}

test_fires_for_provider_without_export_assessment if {
	some f in rule.findings with input as base
	contains(f.msg, "`role: provider`")
	contains(f.msg, "`lawfulInterception: true`")
	contains(f.msg, "`remote-biometric-identification`")
	contains(f.msg, "`exportControlled: false`")
	"/spec/surveillance/exportControlled" in f.paths
	"/spec/ai/techniques" in f.paths
}

test_fires_for_provider_not_stating_assessment if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/surveillance/exportControlled",
	}])
	contains(f.msg, "is not stated")
}

test_quiet_when_assessment_done if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/exportControlled",
		"value": true,
	}])
}

test_quiet_for_deployer if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/role",
		"value": "deployer",
	}])
}

test_quiet_when_not_stated_for_location_only if {
	inp := {"spec": {
		"context": {"role": "provider", "domains": ["surveillance"]},
		"surveillance": {"locationTracking": true},
	}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_to_face_unlock if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["other"]},
		"ai": {"techniques": ["facial-recognition"]},
	}}
}

test_quiet_for_public_body_building_its_own_system if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/role", "value": "provider-and-deployer"},
		{"op": "add", "path": "/spec/context/sector", "value": "public"},
	])
	count(rule.findings) == 0 with input as inp
}

test_fires_for_private_provider_and_deployer if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/role", "value": "provider-and-deployer"},
		{"op": "add", "path": "/spec/context/sector", "value": "private"},
	])
	count(rule.findings) == 1 with input as inp
}
