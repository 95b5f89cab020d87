package dria.rules.children.children_data_published_test

import data.dria.rules.children.children_data_published as rule

base := {"spec": {
	"affected": {"people": 32000000},
	"data": {
		"categories": ["contact", "children"],
		"sharing": [
			{"recipient": "Anyone viewing a business profile", "type": "public"},
			{"recipient": "The public", "type": "public", "purpose": "Anonymised totals per district"},
		],
	},
}}

test_fires_for_publication_of_profiles if {
	count(rule.findings) == 1 with input as base
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the system processes data of 32,000,000 people, including children, and publishes personal data ",
		"(to `Anyone viewing a business profile`), not stated to be anonymised",
	])
	f.paths == ["/spec/data/categories", "/spec/data/sharing/0"]
}

test_judges_on_what_is_published if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["contact"],
	}])
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["contact", "children"],
	}])
	contains(f.msg, "publishes `children` and `contact` data")
}

test_quiet_for_companies if {
	count(rule.findings) == 0 with input as {"spec": {"data": {
		"categories": ["children"],
		"sharing": [{"recipient": "Ad partners", "type": "commercial"}],
	}}}
}

test_not_applicable_without_children if {
	not rule.applies with input as {"spec": {"data": {
		"categories": ["contact"],
		"sharing": [{"recipient": "Anyone", "type": "public"}],
	}}}
}
