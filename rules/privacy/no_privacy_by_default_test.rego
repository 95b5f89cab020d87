package dria.rules.privacy.no_privacy_by_default_test

import data.dria.rules.privacy.no_privacy_by_default as rule

base := {"spec": {
	"affected": {"people": 2000000},
	"data": {"categories": ["contact", "location"], "privacyByDefault": false},
}}

test_fires_without_privacy_by_default if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the most privacy-protective settings are not the default (`privacyByDefault: false`) ",
		"for 2,000,000 people, whose data include `location`",
	])
	f.paths == ["/spec/data/privacyByDefault", "/spec/data/categories"]
}

test_quiet_with_privacy_by_default if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/privacyByDefault",
		"value": true,
	}])
}

test_not_applicable_without_personal_data if {
	not rule.applies with input as {"spec": {"data": {"categories": [], "privacyByDefault": false}}}
}
