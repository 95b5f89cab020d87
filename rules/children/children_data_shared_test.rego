package dria.rules.children.children_data_shared_test

import data.dria.rules.children.children_data_shared as rule

base := {"spec": {
	"affected": {"people": 32000000},
	"data": {
		"categories": ["identity", "children"],
		"sharing": [
			{
				"recipient": "Mobile network operators and banks",
				"type": "commercial",
				"purpose": "Customer identity verification",
			},
			{"recipient": "Content review vendor", "type": "commercial", "legalBasis": "GDPR Art 28 processor agreements"},
			{"recipient": "The public", "type": "public", "purpose": "Anonymised totals per district"},
		],
	},
}}

test_fires_for_commercial_recipient if {
	some f in rule.findings with input as base
	contains(f.msg, "data of 32,000,000 people, including children")
	contains(
		f.msg,
		concat(" ", [
			"discloses personal data to `Mobile network operators and banks` (a commercial recipient",
			"not bound as a processor), for `Customer identity verification`",
		]),
	)
	f.paths == ["/spec/data/categories", "/spec/data/sharing/0"]
}

test_processor_and_anonymised_publication_are_quiet if {
	count(rule.findings) == 1 with input as base
}

test_leaves_publication_to_child_008 if {
	count(rule.findings) == 0 with input as {"spec": {"data": {
		"categories": ["children", "contact"],
		"sharing": [{"recipient": "Anyone viewing a business profile", "type": "public"}],
	}}}
}

test_judges_each_recipient_on_what_it_gets if {
	# Children are a category of the records, not among the users: a
	# recipient stated to get only financial data gets no children's data.
	records := {"spec": {"data": {
		"categories": ["children", "financial"],
		"sharing": [{"recipient": "Bank", "type": "commercial", "dataCategories": ["financial"]}],
	}}}
	count(rule.findings) == 0 with input as records
	some f in rule.findings with input as json.patch(records, [{
		"op": "replace",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["children", "financial"],
	}])
	contains(f.msg, "discloses `children` and `financial` data to `Bank`")
	f.paths == ["/spec/data/categories", "/spec/data/sharing/0", "/spec/data/sharing/0/dataCategories"]
}

test_children_among_users_count_for_any_data_a_recipient_gets if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["children"]},
		"data": {"sharing": [{"recipient": "Ad partners", "type": "commercial", "dataCategories": ["browsing-behaviour"]}]},
	}}
	contains(f.msg, "discloses `browsing-behaviour` data to `Ad partners`")
}

test_quiet_for_public_bodies if {
	count(rule.findings) == 0 with input as {"spec": {"data": {
		"categories": ["children"],
		"sharing": [{"recipient": "School", "type": "other-public-body"}],
	}}}
}

test_not_applicable_without_children_data if {
	not rule.applies with input as json.patch(base, [
		{"op": "replace", "path": "/spec/data/categories", "value": ["identity"]},
		{"op": "add", "path": "/spec/affected/groups", "value": ["women"]},
	])
}

test_fires_for_children_group_without_children_category if {
	some f in rule.findings with input as {"spec": {
		"affected": {"groups": ["children"]},
		"data": {"categories": ["contact"], "sharing": [{"recipient": "Ad partners", "type": "commercial"}]},
	}}
	f.paths == ["/spec/affected/groups", "/spec/data/sharing/0"]
}
