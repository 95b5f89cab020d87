package dria.rules.identity.mandatory_biometric_enrolment_test

import data.dria.rules.identity.mandatory_biometric_enrolment as rule

base := {"spec": {
	"context": {"domains": ["digital-identity", "public-services"]},
	"affected": {"people": 32000000, "groups": ["elderly", "workers", "women"], "mandatory": true},
	"data": {"categories": ["identity", "biometric"]},
	"accessibility": {"nonDigitalAlternative": false},
}}

test_fires_for_mandatory_biometric_id if {
	some f in rule.findings with input as base
	contains(f.msg, "32,000,000 people")
	contains(f.msg, "`biometric` data")
	contains(f.msg, "`nonDigitalAlternative: false`")
	contains(f.msg, "`elderly` and `workers`")
	"/spec/affected/mandatory" in f.paths
	"/spec/data/categories" in f.paths
	"/spec/accessibility/nonDigitalAlternative" in f.paths
}

test_fires_when_alternative_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/accessibility"}])
	contains(f.msg, "no non-biometric or assisted alternative is stated")
}

test_fires_for_id_described_by_purpose if {
	inp := {"spec": {
		"context": {"domains": ["public-services"], "purpose": "Issue a national ID number to every resident"},
		"affected": {"mandatory": true},
		"ai": {"techniques": ["facial-recognition"]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "faces for `facial-recognition`")
	"/spec/context/purpose" in f.paths
}

test_quiet_with_alternative if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/nonDigitalAlternative",
		"value": true,
	}])
}

test_quiet_when_voluntary if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/mandatory",
		"value": false,
	}])
}

test_quiet_without_biometrics if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["identity"],
	}])
}

test_not_applicable_outside_identity if {
	not rule.applies with input as {"spec": {"context": {
		"domains": ["law-enforcement"],
		"purpose": "Locate wanted persons in crowds",
	}}}
}
