package dria.rules.privacy.religion_data_use_test

import data.dria.rules.privacy.religion_data_use as rule

base := {"spec": {
	"affected": {"people": 18000000},
	"data": {
		"categories": ["contact", "religion"],
		"sharing": [{"recipient": "Campaign clients", "type": "commercial", "legalBasis": "Client services agreement"}],
	},
	"ai": {"techniques": ["targeting", "generative"], "protectedAttributes": ["religion", "ethnicity"]},
}}

test_fires_for_targeting_on_religion if {
	some f in rule.findings with input as base
	contains(f.msg, "religion data of 18,000,000 people")
	contains(f.msg, "religion is a direct model input")
	contains(f.msg, "the system uses `targeting`")
	contains(f.msg, "data go to `Campaign clients` (`commercial`)")
	f.paths == ["/spec/data/categories", "/spec/ai/protectedAttributes", "/spec/ai/techniques", "/spec/data/sharing/0"]
}

test_fires_on_proxy_input if {
	some f in rule.findings with input as {"spec": {"ai": {"inputs": ["mosque attendance", "age"]}}}
	contains(f.msg, "`mosque attendance` encode religion or belief")
}

test_fires_on_intelligence_disclosure if {
	count(rule.findings) == 1 with input as {"spec": {"data": {
		"categories": ["religion"],
		"sharing": [{"recipient": "Security Service", "type": "intelligence"}],
	}}}
}

test_quiet_when_held_for_own_case_only if {
	count(rule.findings) == 0 with input as {"spec": {
		"data": {
			"categories": ["religion"],
			"sharing": [{"recipient": "Archive host", "type": "commercial", "legalBasis": "processor agreement"}],
		},
		"ai": {"techniques": ["translation"]},
	}}
}

test_not_applicable_without_religion_data if {
	not rule.applies with input as json.patch(base, [
		{"op": "replace", "path": "/spec/data/categories", "value": ["contact"]},
		{"op": "replace", "path": "/spec/ai/protectedAttributes", "value": ["ethnicity"]},
	])
}

test_proxy_input_paths if {
	some f in rule.findings with input as {"spec": {"ai": {"inputs": ["church membership"]}}}
	f.paths == ["/spec/ai/inputs"]
}

test_judges_a_disclosure_on_what_it_includes if {
	sys := {"spec": {"data": {
		"categories": ["religion", "contact"],
		"sharing": [{"recipient": "Security Service", "type": "intelligence", "dataCategories": ["contact"]}],
	}}}
	count(rule.findings) == 0 with input as sys
	count(rule.findings) == 1 with input as json.patch(sys, [{
		"op": "replace",
		"path": "/spec/data/sharing/0/dataCategories",
		"value": ["religion"],
	}])
}
