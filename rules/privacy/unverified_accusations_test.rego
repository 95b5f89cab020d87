package dria.rules.privacy.unverified_accusations_test

import data.dria.rules.privacy.unverified_accusations as rule

base := {"spec": {
	"affected": {"people": 30000},
	"decisions": {"automation": "assistive", "effects": ["investigation", "home-visit", "ranking"]},
	"data": {"sources": ["public-authority", "anonymous-tips"]},
	"transparency": {"noticeToAffected": false},
}}

test_fires_on_tips_feeding_investigations if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"unverified accusations (`anonymous-tips`) are a source of the data that feed decisions about people ",
		"(`automation: assistive`) and measures against them (`home-visit` and `investigation`), ",
		"affecting 30,000 people, and people are not told (`noticeToAffected: false`)",
	])
	f.paths == [
		"/spec/data/sources",
		"/spec/decisions/automation",
		"/spec/decisions/effects",
		"/spec/transparency/noticeToAffected",
	]
}

test_fires_on_informants_feeding_scores if {
	some f in rule.findings with input as {"spec": {
		"data": {"sources": ["informants"]},
		"ai": {"techniques": ["risk-scoring"]},
	}}
	contains(f.msg, "(`informants`) are a source of the data that feed scoring (`risk-scoring`)")
}

test_quiet_when_nothing_is_decided if {
	count(rule.findings) == 0 with input as {"spec": {
		"data": {"sources": ["anonymous-tips"]},
		"decisions": {"automation": "none", "effects": ["ranking"]},
	}}
}

test_not_applicable_without_tips if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/sources",
		"value": ["public-authority"],
	}])
}
