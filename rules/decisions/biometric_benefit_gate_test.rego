package dria.rules.decisions.biometric_benefit_gate_test

import data.dria.rules.decisions.biometric_benefit_gate as rule

base := {"spec": {
	"context": {"domains": ["social-benefits"]},
	"affected": {"people": 32000000, "mandatory": true},
	"decisions": {"automation": "full", "humanReview": {"available": false}},
	"data": {"categories": ["identity", "biometric"]},
	"accessibility": {"nonDigitalAlternative": false},
}}

test_fires_without_fallback if {
	some f in rule.findings with input as base
	contains(f.msg, "32,000,000 people")
	contains(f.msg, "`nonDigitalAlternative: false`")
	contains(f.msg, "no official can override")
	"/spec/accessibility/nonDigitalAlternative" in f.paths
	"/spec/affected/mandatory" in f.paths
}

test_fires_on_face_matching_when_alternative_not_stated if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/data/categories", "value": ["identity"]},
		{"op": "add", "path": "/spec/ai", "value": {"techniques": ["facial-recognition"]}},
		{"op": "remove", "path": "/spec/accessibility"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "no offline or assisted alternative is stated")
}

test_quiet_with_offline_alternative if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/nonDigitalAlternative",
		"value": true,
	}])
}

test_quiet_when_official_can_override if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": true},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_voluntary if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/mandatory",
		"value": false,
	}])
}

test_not_applicable_without_biometrics if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["identity"],
	}])
}

test_not_applicable_to_digital_id_systems if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["digital-identity", "social-benefits"],
	}])
}

test_override_found_inadequate_is_no_fallback if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/humanReview",
		"value": {"available": true, "canOverride": true, "status": "found-inadequate"},
	}])
	some f in rule.findings with input as inp
	contains(f.msg, "no official can override a failed match (found inadequate)")
}

test_quiet_when_the_offline_channel_is_marked_not_applicable if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/accessibility"},
		{"op": "add", "path": "/spec/notApplicable", "value": [{"field": "accessibility", "reason": "r"}]},
	])
	count(rule.findings) == 0 with input as inp
}
