package dria.rules.surveillance.civil_society_targets_test

import data.dria.rules.surveillance.civil_society_targets as rule

base := {"spec": {
	"affected": {"people": 300, "groups": ["journalists", "human-rights-defenders", "lgbtiq"]},
	"surveillance": {
		"lawfulInterception": true,
		"locationTracking": true,
		"targetsIncludeCivilSociety": true,
		"judicialAuthorisation": false,
	},
}}

test_fires_for_spyware_pattern if {
	some f in rule.findings with input as base
	contains(f.msg, "`targetsIncludeCivilSociety: true`")
	contains(f.msg, "`human-rights-defenders` and `journalists`")
	contains(f.msg, "`lawfulInterception: true`, `locationTracking: true`")
	contains(f.msg, "`judicialAuthorisation: false`")
	"/spec/surveillance/targetsIncludeCivilSociety" in f.paths
	"/spec/surveillance/lawfulInterception" in f.paths
	"/spec/affected/groups" in f.paths
}

test_fires_even_with_authorisation if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/judicialAuthorisation",
		"value": true,
	}])
	contains(f.msg, "still needs specific protection")
}

test_fires_with_minimal_facts if {
	some f in rule.findings with input as {"spec": {"surveillance": {"targetsIncludeCivilSociety": true}}}
	contains(f.msg, "not stated")
}

test_quiet_when_civil_society_not_targeted if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/surveillance/targetsIncludeCivilSociety",
		"value": false,
	}])
}

test_not_applicable_without_surveillance_section if {
	not rule.applies with input as {"spec": {"affected": {"groups": ["journalists"]}}}
}
