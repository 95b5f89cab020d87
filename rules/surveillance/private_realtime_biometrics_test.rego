package dria.rules.surveillance.private_realtime_biometrics_test

import data.dria.rules.surveillance.private_realtime_biometrics as rule

base := {"spec": {
	"context": {"sector": "private", "domains": ["other"]},
	"affected": {"people": 900000},
	"ai": {"techniques": ["facial-recognition"], "biometricMode": "real-time"},
	"surveillance": {"publicSpaces": true},
}}

test_fires_for_supermarket_face_scanning if {
	some f in rule.findings with input as base
	contains(f.msg, "900,000 people")
	contains(f.msg, "`sector: private`")
	"/spec/surveillance/publicSpaces" in f.paths
	"/spec/ai/biometricMode" in f.paths
}

test_quiet_for_law_enforcement_use if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["law-enforcement"],
	}])
}

test_quiet_when_matches_go_to_police if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/data",
		"value": {"sharing": [{"recipient": "Police", "type": "law-enforcement"}]},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_outside_public_spaces if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/publicSpaces",
		"value": false,
	}])
}

test_not_applicable_to_retrospective_use if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/biometricMode",
		"value": "retrospective",
	}])
}

test_fires_without_sector if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/context/sector"}])
	endswith(f.msg, "other than law enforcement")
}

test_quiet_for_face_verification_at_the_gate if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/ai/biometricFunctions",
		"value": ["verification"],
	}])
}

test_fires_on_identification_against_a_watchlist if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/ai/biometricFunctions",
		"value": ["identification"],
	}])
	contains(f.msg, "(`facial-recognition`, `biometricFunctions: identification`, `biometricMode: real-time`)")
	f.paths[0] == "/spec/ai/biometricFunctions"
	f.paths[1] == "/spec/ai/techniques"
}
