package dria.rules.surveillance.retrospective_rbi_test

import data.dria.rules.surveillance.retrospective_rbi as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement"]},
	"affected": {"people": 500000},
	"ai": {"used": true, "techniques": ["facial-recognition"], "biometricMode": "retrospective"},
	"surveillance": {"judicialAuthorisation": false},
}}

test_fires_for_police_search if {
	some f in rule.findings with input as base
	contains(f.msg, "`facial-recognition`")
	contains(f.msg, "500,000 people")
	contains(f.msg, "`law-enforcement` domain")
	contains(f.msg, "`judicialAuthorisation: false`")
	"/spec/ai/biometricMode" in f.paths
	"/spec/surveillance/judicialAuthorisation" in f.paths
}

test_fires_for_id_database_searched_by_police if {
	inp := {"spec": {
		"context": {"domains": ["digital-identity"]},
		"ai": {"techniques": ["facial-recognition"], "biometricMode": "retrospective"},
		"data": {"sharing": [
			{"recipient": "Tax office", "type": "other-public-body"},
			{"recipient": "National Police", "type": "law-enforcement"},
		]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "results shared with `National Police`")
	contains(f.msg, "not stated")
	"/spec/data/sharing" in f.paths
}

test_fires_for_rbi_with_mode_not_stated if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["remote-biometric-identification"]},
		{"op": "remove", "path": "/spec/ai/biometricMode"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "mode not stated")
}

test_quiet_with_authorisation if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
}

# Live identification for the state needs the same authorisation; in
# publicly accessible spaces for law enforcement DRIA-SURV-001 adds the
# prohibited practice.
test_fires_for_real_time_identification if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biometricMode",
		"value": "real-time",
	}])
	contains(f.msg, "(`facial-recognition`, `biometricMode: real-time`)")
}

test_quiet_when_mode_is_none if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biometricMode",
		"value": "none",
	}])
}

test_quiet_for_private_unlock_feature if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["other"],
	}])
}

test_not_applicable_without_biometric_identification if {
	not rule.applies with input as {"spec": {"ai": {"techniques": ["risk-scoring"]}}}
}

test_quiet_for_face_verification_only if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/ai/biometricFunctions",
		"value": ["verification"],
	}])
}

test_stated_identification_without_a_mode_counts_as_retrospective if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["migration-border"]},
		"ai": {"biometricFunctions": ["identification"]},
	}}
	contains(f.msg, "biometric identification (`biometricFunctions: identification`, mode not stated)")
}
