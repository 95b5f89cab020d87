package dria.rules.privacy.commercial_sharing_sensitive_test

import data.dria.rules.privacy.commercial_sharing_sensitive as rule

base := {"spec": {
	"affected": {"people": 18000000},
	"data": {
		"categories": ["contact", "religion", "sexual-orientation"],
		"sharing": [
			{
				"recipient": "Data brokers",
				"type": "commercial",
				"purpose": "Audience enrichment",
				"legalBasis": "Data licence agreements",
			},
			{"recipient": "Hosting provider", "type": "commercial", "legalBasis": "GDPR Art 28 processor agreement"},
		],
	},
}}

test_fires_on_broker if {
	some f in rule.findings with input as base
	contains(f.msg, "`religion` and `sexual-orientation` data of 18,000,000 people")
	contains(f.msg, "`Data brokers`")
	contains(f.msg, "for `Audience enrichment`")
	f.paths == ["/spec/data/categories", "/spec/data/sharing/0"]
}

test_processor_does_not_fire if {
	count(rule.findings) == 1 with input as base
}

test_outsourcing_in_purpose_is_processor if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/sharing/0",
		"value": {
			"recipient": "Visa centre operator",
			"type": "commercial",
			"purpose": "Outsourced collection of applications",
		},
	}])
}

test_quiet_without_sensitive_data if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["contact"],
	}])
}

test_not_applicable_without_commercial_sharing if {
	not rule.applies with input as {"spec": {"data": {
		"categories": ["health"],
		"sharing": [{"recipient": "Health institute", "type": "other-public-body"}],
	}}}
}

test_judges_on_what_the_recipient_gets if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["contact"],
	}])
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["contact", "religion"],
	}])
	contains(f.msg, "discloses `religion` data to `Data brokers`")
	f.paths == ["/spec/data/categories", "/spec/data/sharing/0", "/spec/data/sharing/0/dataCategories"]
}
