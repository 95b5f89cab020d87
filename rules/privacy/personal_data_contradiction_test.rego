package dria.rules.privacy.personal_data_contradiction_test

import data.dria.rules.privacy.personal_data_contradiction as rule

base := {"spec": {
	"scope": {"personalData": false},
	"data": {"categories": [], "sharing": [{"recipient": "Analytics vendor", "type": "commercial"}]},
	"components": [
		{"name": "tiles", "kind": "service", "dataCategories": []},
		{"name": "logs", "kind": "database", "dataCategories": ["browsing-behaviour", "location"]},
	],
}}

test_fires_and_quotes_both_sides if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the description says no personal data is processed (`scope.personalData: false`), but ",
		"personal data are disclosed to `Analytics vendor`; ",
		"the component `logs` processes `browsing-behaviour` and `location`",
	])
	f.paths == ["/spec/scope/personalData", "/spec/components/1/dataCategories", "/spec/data/sharing/0"]
}

test_fires_on_listed_categories_and_named_shares if {
	some f in rule.findings with input as {"spec": {
		"scope": {"personalData": false},
		"data": {
			"categories": ["contact"],
			"sharing": [{"recipient": "Partner", "type": "commercial", "dataCategories": ["contact"]}],
		},
	}}
	contains(f.msg, "`data.categories` lists `contact`")
	contains(f.msg, "personal data (`contact`) are disclosed to `Partner`")
}

test_quiet_when_nothing_says_otherwise if {
	count(rule.findings) == 0 with input as json.patch(base, [
		{"op": "add", "path": "/spec/data/sharing/0/dataCategories", "value": []},
		{"op": "replace", "path": "/spec/components/1/dataCategories", "value": []},
	])
}

test_not_applicable_unless_the_claim_is_made if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/scope/personalData", "value": true}])
	not rule.applies with input as {"spec": {"data": {"categories": ["contact"]}}}
}
