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
