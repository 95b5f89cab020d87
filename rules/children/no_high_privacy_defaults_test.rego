package dria.rules.children.no_high_privacy_defaults_test

import data.dria.rules.children.no_high_privacy_defaults as rule

base := {"spec": {
	"affected": {"people": 30000000, "groups": ["children"]},
	"children": {"highPrivacyDefaults": false},
	"data": {"privacyByDefault": true},
}}

test_fires_when_minors_lack_high_privacy_defaults if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the system affects 30,000,000 people, including children, and minors do not get ",
		"high-privacy settings by default (`children.highPrivacyDefaults: false`)",
	])
	f.paths == ["/spec/affected/groups", "/spec/children/highPrivacyDefaults"]
}

test_fires_on_no_privacy_by_default_for_anyone if {
	some f in rule.findings with input as {"spec": {"data": {"categories": ["children"], "privacyByDefault": false}}}
	endswith(f.msg, "privacy-protective settings are not the default for anyone (`privacyByDefault: false`)")
	f.paths == ["/spec/data/categories", "/spec/data/privacyByDefault"]
}

test_minors_defaults_decide_over_the_general_one if {
	count(rule.findings) == 0 with input as json.patch(base, [
		{"op": "replace", "path": "/spec/children/highPrivacyDefaults", "value": true},
		{"op": "replace", "path": "/spec/data/privacyByDefault", "value": false},
	])
}

test_not_applicable_without_children if {
	not rule.applies with input as {"spec": {"data": {"privacyByDefault": false}}}
}
