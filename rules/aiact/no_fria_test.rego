package dria.rules.aiact.no_fria_test

import data.dria.rules.aiact.no_fria as rule

base := {"spec": {
	"context": {
		"role": "deployer",
		"sector": "public",
		"jurisdictions": ["NL"],
		"domains": ["social-benefits", "public-services"],
	},
	"affected": {"people": 185000},
	"decisions": {"automation": "full"},
	"ai": {"used": true},
	"accountability": {"impactAssessments": [
		{"type": "dpia", "date": "2019-02-14"},
		{"type": "hria", "date": "2024-05-01"},
	]},
}}

test_fires_with_hria_but_no_fria if {
	some f in rule.findings with input as base
	contains(f.msg, "`public` deployer")
	contains(f.msg, "Annex III: `social-benefits`")
	contains(f.msg, "185,000 people")
	contains(f.msg, "with an `hria` assessment")
	"/spec/accountability/impactAssessments" in f.paths
	not "/spec/ai/techniques" in f.paths
}

test_fires_on_biometric_identification if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["surveillance"]},
		{
			"op": "replace",
			"path": "/spec/ai",
			"value": {"used": true, "techniques": ["facial-recognition"], "biometricMode": "real-time"},
		},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`biometrics: facial-recognition`")
	"/spec/ai/techniques" in f.paths
}

test_fires_for_contractor_when_role_and_jurisdictions_not_stated if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/sector", "value": "public-service-contractor"},
		{"op": "remove", "path": "/spec/context/jurisdictions"},
		{"op": "remove", "path": "/spec/context/role"},
	])
	count(rule.findings) == 1 with input as inp
}

test_quiet_with_fria if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "fria", "date": "2025-06-01"},
	}])
	count(rule.findings) == 0 with input as inp
}

test_left_to_acc003_without_rights_assessment if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability/impactAssessments/1"}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_no_decisions_about_people if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "none",
	}])
}

test_not_applicable_outside_annex_iii if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["public-services"],
	}])
}

test_not_applicable_to_private_deployer if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "private",
	}])
}

test_not_applicable_to_provider if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/context/role", "value": "provider"}])
}

test_not_applicable_outside_eu if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/jurisdictions",
		"value": ["KE"],
	}])
}

test_fires_when_the_fria_was_found_inadequate if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "fria", "date": "2025-06-01", "status": "found-inadequate"},
	}])
	endswith(f.msg, "(`fria`): the `fria` of 2025-06-01 was found inadequate (by whom is not stated)")
	"/spec/accountability/impactAssessments/2/status" in f.paths
}

test_face_verification_is_not_annex_iii_identification if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["surveillance"]},
		{"op": "replace", "path": "/spec/ai", "value": {
			"used": true,
			"techniques": ["facial-recognition"],
			"biometricMode": "real-time",
			"biometricFunctions": ["verification"],
		}},
	])
	not rule.applies with input as inp
}

test_categorisation_function_counts if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["surveillance"]},
		{"op": "replace", "path": "/spec/ai", "value": {"used": true, "biometricFunctions": ["categorisation"]}},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`biometrics: categorisation`")
	"/spec/ai/biometricFunctions" in f.paths
}
