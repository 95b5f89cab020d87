package dria.rules.identity.biometric_deduplication_test

import data.dria.rules.identity.biometric_deduplication as rule

base := {"spec": {
	"context": {"domains": ["digital-identity"]},
	"affected": {"people": 1300000000},
	"data": {"categories": ["biometric", "identity"]},
	"ai": {"biometricFunctions": ["deduplication", "verification"]},
	"accountability": {"grievance": {"available": false}},
}}

test_fires_without_a_false_match_rate if {
	some f in rule.findings with input as base
	contains(f.msg, "each enrolment of 1,300,000,000 people in the identity scheme is searched one-to-many")
	contains(f.msg, "(`biometricFunctions: deduplication`), and no false-match rate is stated")
	endswith(f.msg, "with no grievance route to undo it (`grievance.available: false`)")
	f.paths == [
		"/spec/ai/biometricFunctions",
		"/spec/ai/accuracy",
		"/spec/context/domains",
		"/spec/accountability/grievance/available",
	]
}

test_says_when_accuracy_was_never_measured if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/ai/accuracy",
		"value": {"measured": false},
	}])
	contains(f.msg, "its error rate was never measured (`accuracy.measured: false`)")
}

test_quiet_with_a_stated_rate if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/ai/accuracy",
		"value": {"measured": true, "falsePositiveRate": 0.0001},
	}])
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/decisions",
		"value": {"matching": {"falseMatchRate": 0.0001}},
	}])
}

test_not_applicable_to_verification_only if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biometricFunctions",
		"value": ["verification"],
	}])
}
