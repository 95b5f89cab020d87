package dria.rules.privacy.health_data_disclosure_test

import data.dria.rules.privacy.health_data_disclosure as rule

base := {"spec": {
	"affected": {"people": 650000},
	"data": {
		"categories": ["identity", "health"],
		"sharing": [
			{"recipient": "Employer customers", "type": "commercial", "legalBasis": "Customer master services agreement"},
			{"recipient": "Cloud host", "type": "commercial", "legalBasis": "GDPR Art 28 processor agreement"},
			{"recipient": "Public health institute", "type": "other-public-body"},
		],
	},
}}

test_fires_for_employers if {
	some f in rule.findings with input as base
	contains(f.msg, "`health` data of 650,000 people")
	contains(f.msg, "`Employer customers` (`commercial`)")
	f.paths == ["/spec/data/categories", "/spec/data/sharing/0"]
}

test_processor_and_public_health_body_do_not_fire if {
	count(rule.findings) == 1 with input as base
}

test_fires_for_police_and_genetic_data if {
	some f in rule.findings with input as {"spec": {"data": {
		"categories": ["genetic"],
		"sharing": [{"recipient": "Police", "type": "law-enforcement"}],
	}}}
	contains(f.msg, "`genetic` data")
	contains(f.msg, "`Police` (`law-enforcement`)")
}

test_quiet_without_health_data if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["identity"],
	}])
}

test_not_applicable_without_health_data if {
	not rule.applies with input as {"spec": {"data": {"categories": ["contact"]}}}
}

test_judges_on_what_the_recipient_gets if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["identity"],
	}])
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["identity", "health"],
	}])
	endswith(f.msg, "discloses `health` data to `Employer customers` (`commercial`)")
	f.paths == ["/spec/data/categories", "/spec/data/sharing/0", "/spec/data/sharing/0/dataCategories"]
}
