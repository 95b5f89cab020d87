package dria.rules.privacy.health_data_repurposed_test

import data.dria.rules.privacy.health_data_repurposed as rule

base := {"spec": {
	"context": {"domains": ["law-enforcement", "surveillance"]},
	"affected": {"people": 210000},
	"ai": {
		"protectedAttributes": ["ethnicity", "health"],
		"inputs": ["prior contacts with police", "psychiatric diagnosis flag"],
	},
}}

test_fires_for_policing_on_health_data if {
	some f in rule.findings with input as base
	contains(f.msg, "`health` data are used directly as model inputs")
	contains(f.msg, "`psychiatric diagnosis flag` encode health or disability")
	contains(f.msg, "`law-enforcement` and `surveillance`")
	contains(f.msg, "210,000 people")
	f.paths == ["/spec/ai/inputs", "/spec/ai/protectedAttributes", "/spec/context/domains"]
}

test_fires_on_disability_benefit_proxy_in_welfare if {
	count(rule.findings) == 1 with input as {"spec": {
		"context": {"domains": ["social-benefits"]},
		"ai": {"inputs": ["receives disability allowance", "household composition"]},
	}}
}

test_quiet_in_health_care if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["health", "public-services"],
	}])
}

test_quiet_when_domain_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/context/domains"}])
}

test_not_applicable_without_health_inputs if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["employment"]},
		"ai": {"protectedAttributes": ["ethnicity"], "inputs": ["years of experience"]},
	}}
}
