package dria.rules.surveillance.realtime_rbi_public_test

import data.dria.rules.surveillance.realtime_rbi_public as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement", "surveillance"]},
	"affected": {"people": 2400000},
	"ai": {
		"used": true,
		"techniques": ["facial-recognition", "remote-biometric-identification"],
		"biometricMode": "real-time",
	},
	"surveillance": {"publicSpaces": true, "judicialAuthorisation": false},
}}

test_fires_for_police_lfr if {
	some f in rule.findings with input as base
	contains(f.msg, "2,400,000 people")
	contains(f.msg, "`facial-recognition` and `remote-biometric-identification`")
	contains(f.msg, "`judicialAuthorisation: false`")
	"/spec/surveillance/publicSpaces" in f.paths
	"/spec/context/domains" in f.paths
	"/spec/surveillance/judicialAuthorisation" in f.paths
}

test_fires_when_authorisation_not_stated if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/surveillance/judicialAuthorisation",
	}])
	contains(f.msg, "not stated")
}

test_fires_when_private_operator_shares_with_police if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["other"]},
		{
			"op": "add",
			"path": "/spec/data",
			"value": {"sharing": [{"recipient": "Metropolitan Police", "type": "law-enforcement"}]},
		},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "matches shared with `Metropolitan Police`")
	"/spec/data/sharing" in f.paths
}

test_quiet_with_prior_authorisation if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
}

test_quiet_when_retrospective if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biometricMode",
		"value": "retrospective",
	}])
}

test_quiet_outside_public_spaces if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/publicSpaces",
		"value": false,
	}])
}

test_quiet_without_law_enforcement if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["other"],
	}])
}

test_not_applicable_without_biometrics if {
	not rule.applies with input as {"spec": {"ai": {
		"used": true,
		"techniques": ["risk-scoring"],
		"biometricMode": "none",
	}}}
}

# A one-to-one check at a border gate is not mass identification.
test_quiet_for_face_verification_only if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai",
		"value": {"techniques": ["facial-recognition"], "biometricMode": "real-time", "biometricFunctions": ["verification"]},
	}])
	count(rule.findings) == 0 with input as inp
}

test_fires_on_stated_identification_function if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai",
		"value": {"biometricMode": "real-time", "biometricFunctions": ["identification", "verification"]},
	}])
	some f in rule.findings with input as inp
	contains(f.msg, "identification (`biometricFunctions: identification`, `biometricMode: real-time`)")
	f.paths[0] == "/spec/ai/biometricFunctions"
}
