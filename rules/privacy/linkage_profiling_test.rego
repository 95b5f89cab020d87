package dria.rules.privacy.linkage_profiling_test

import data.dria.rules.privacy.linkage_profiling as rule

base := {"spec": {
	"affected": {"people": 185000},
	"data": {"sources": ["public-authority", "data-linkage"]},
	"ai": {"techniques": ["risk-scoring", "profiling"]},
	"transparency": {"noticeToAffected": false, "documentationPublished": false},
}}

test_fires_syri_pattern if {
	some f in rule.findings with input as base
	contains(f.msg, "records of 185,000 people are linked")
	contains(f.msg, "to run `profiling` and `risk-scoring`")
	contains(f.msg, "`noticeToAffected: false`")
	contains(f.msg, "`documentationPublished: false`")
	f.paths == [
		"/spec/data/sources",
		"/spec/ai/techniques",
		"/spec/transparency/documentationPublished",
		"/spec/transparency/noticeToAffected",
	]
}

test_fires_for_automated_decisions_without_profiling_technique if {
	some f in rule.findings with input as {"spec": {
		"data": {"sources": ["data-linkage"]},
		"decisions": {"automation": "full", "legalEffect": true},
		"transparency": {"noticeToAffected": true},
	}}
	contains(f.msg, "automated decisions with legal effect (`automation: full`)")
	contains(f.msg, "publication of the logic and data is not stated")
}

test_fires_when_only_notice_missing if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency",
		"value": {"documentationPublished": true},
	}])
}

test_quiet_when_transparent if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency",
		"value": {"noticeToAffected": true, "documentationPublished": true},
	}])
}

test_quiet_when_linkage_not_used_to_profile if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["facial-recognition"],
	}])
}

test_not_applicable_without_linkage if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/sources",
		"value": ["data-subject"],
	}])
}

test_fires_when_linkage_triggers_investigations if {
	some f in rule.findings with input as {"spec": {
		"data": {"sources": ["data-linkage"]},
		"decisions": {"effects": ["investigation", "home-visit"]},
		"transparency": {"noticeToAffected": false},
	}}
	contains(f.msg, "linked across databases (`data-linkage`) to trigger `home-visit` and `investigation`")
	"/spec/decisions/effects" in f.paths
}
