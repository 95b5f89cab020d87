package dria.rules.aiact.social_scoring_test

import data.dria.rules.aiact.social_scoring as rule

base := {"spec": {
	"context": {"domains": ["public-services", "social-benefits"]},
	"affected": {"people": 1200000},
	"ai": {"used": true, "techniques": ["profiling", "social-scoring"]},
}}

test_fires_on_social_scoring if {
	some f in rule.findings with input as base
	contains(f.msg, "`social-scoring`")
	contains(f.msg, "1,200,000 people")
	contains(f.msg, "`public-services` and `social-benefits`")
	f.paths == ["/spec/ai/techniques/1", "/spec/context/domains"]
}

test_quiet_on_other_scoring if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["risk-scoring"],
	}])
}

test_not_applicable_without_ai if {
	not rule.applies with input as {"spec": {"ai": {"used": false}}}
}

test_fires_without_domains if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "1,200,000 people, a practice prohibited by AI Act Art 5(1)(c)")
}
