package dria.rules.decisions.fraud_risk_scoring_test

import data.dria.rules.decisions.fraud_risk_scoring as rule

safe := {"spec": {
	"context": {"domains": ["social-benefits", "public-services"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "assistive"},
	"data": {"sources": ["public-authority", "data-linkage"]},
	"ai": {"used": true, "techniques": ["risk-scoring"], "biasTesting": {"performed": true}},
	"transparency": {"noticeToAffected": true, "documentationPublished": true},
}}

test_fires_on_hidden_untested_scoring if {
	inp := json.patch(safe, [
		{
			"op": "replace",
			"path": "/spec/transparency",
			"value": {"noticeToAffected": false, "documentationPublished": false, "publicRegister": {"listed": false}},
		},
		{"op": "replace", "path": "/spec/ai/biasTesting/performed", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "185,000 people")
	contains(f.msg, "`risk-scoring`")
	contains(f.msg, "using `data-linkage` data")
	contains(f.msg, "`noticeToAffected: false`")
	contains(f.msg, "`biasTesting.performed: false`")
	contains(f.msg, "not published")
	"/spec/data/sources" in f.paths
	"/spec/ai/biasTesting" in f.paths
	"/spec/transparency/noticeToAffected" in f.paths
}

test_fires_when_bias_testing_not_stated if {
	inp := json.patch(safe, [{"op": "remove", "path": "/spec/ai/biasTesting"}])
	some f in rule.findings with input as inp
	contains(f.msg, "bias testing is not stated")
	not contains(f.msg, "notice")
}

test_register_entry_counts_as_published if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/transparency/documentationPublished", "value": false},
		{"op": "add", "path": "/spec/transparency/publicRegister", "value": {"listed": true}},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_safeguards if {
	count(rule.findings) == 0 with input as safe
}

test_quiet_without_scoring if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/ai/techniques", "value": ["translation"]},
		{"op": "replace", "path": "/spec/transparency/noticeToAffected", "value": false},
	])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_outside_benefits if {
	not rule.applies with input as {"spec": {"context": {"domains": ["finance"]}}}
}

test_fires_on_rule_based_scoring_of_single_parents if {
	inp := {"spec": {
		"context": {"domains": ["social-benefits"]},
		"affected": {"people": 26000, "groups": ["benefit-claimants", "single-parents"]},
		"decisions": {
			"automation": "assistive",
			"methods": ["rule-based-scoring"],
			"effects": ["investigation", "home-visit", "benefit-suspension"],
		},
		"ai": {"used": false},
		"transparency": {"noticeToAffected": true, "documentationPublished": true},
	}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"benefit claimants (26,000 people, including `single-parents`) are scored with `rule-based-scoring`",
		"to target checks or allocate treatment (leading to `home-visit` and `investigation`), while bias",
		"testing is not stated",
	])
	f.paths == ["/spec/context/domains", "/spec/decisions/methods", "/spec/ai/biasTesting"]
}

test_bias_testing_found_inadequate_does_not_count if {
	inp := json.patch(safe, [
		{"op": "add", "path": "/spec/ai/biasTesting/status", "value": "found-inadequate"},
		{"op": "add", "path": "/spec/ai/biasTesting/statusSource", "value": "Amnesty International, 2021"},
	])
	some f in rule.findings with input as inp
	endswith(f.msg, "while the bias testing cannot be counted on (found inadequate by Amnesty International, 2021)")
}

test_safeguard_marked_not_applicable_is_not_asked if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/transparency/noticeToAffected", "value": false},
		{"op": "add", "path": "/spec/notApplicable", "value": [{"field": "transparency.noticeToAffected", "reason": "r"}]},
	])
	count(rule.findings) == 0 with input as inp
}

test_benefit_claimants_make_it_a_benefits_system if {
	inp := json.patch(safe, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["public-services"]},
		{"op": "add", "path": "/spec/affected/groups", "value": ["benefit-claimants"]},
		{"op": "replace", "path": "/spec/transparency/noticeToAffected", "value": false},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`noticeToAffected: false`")
	"/spec/affected/groups" in f.paths
	not "/spec/context/domains" in f.paths
}
