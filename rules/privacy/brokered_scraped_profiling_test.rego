package dria.rules.privacy.brokered_scraped_profiling_test

import data.dria.rules.privacy.brokered_scraped_profiling as rule

base := {"spec": {
	"affected": {"people": 650000},
	"decisions": {"automation": "partial"},
	"ai": {"techniques": ["profiling", "chatbot"]},
	"data": {"sources": ["data-subject", "scraped", "third-party-broker"]},
}}

test_fires_for_scraped_and_brokered_profiling if {
	some f in rule.findings with input as base
	contains(f.msg, "`scraped` and `third-party-broker` sources")
	contains(f.msg, "`profiling`")
	contains(f.msg, "decisions about people (`automation: partial`)")
	contains(f.msg, "650,000 people")
	f.paths == ["/spec/data/sources", "/spec/ai/techniques", "/spec/decisions/automation"]
}

test_fires_for_face_search_on_scraped_images if {
	some f in rule.findings with input as {"spec": {
		"data": {"sources": ["scraped"]},
		"ai": {"techniques": ["facial-recognition"]},
	}}
	contains(f.msg, "`facial-recognition`")
	contains(f.msg, "an unstated number of people")
}

test_quiet_without_decisions_or_profiling if {
	count(rule.findings) == 0 with input as {"spec": {
		"data": {"sources": ["third-party-broker"]},
		"decisions": {"automation": "none"},
		"ai": {"techniques": ["translation"]},
	}}
}

test_quiet_with_first_party_data if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/sources",
		"value": ["data-subject", "user-generated"],
	}])
}

test_not_applicable_without_external_sources if {
	not rule.applies with input as {"spec": {"data": {"sources": ["data-subject"]}}}
}

test_fires_on_public_web_sources if {
	some f in rule.findings with input as {"spec": {
		"data": {"sources": ["public-web", "data-subject"]},
		"ai": {"techniques": ["risk-scoring"]},
	}}
	startswith(f.msg, "data from `public-web` sources feed `risk-scoring`")
}

test_fires_when_brokered_data_trigger_measures if {
	some f in rule.findings with input as {"spec": {
		"data": {"sources": ["third-party-broker"]},
		"decisions": {"effects": ["price-or-terms", "deactivation"]},
	}}
	contains(f.msg, "feed measures against people (`deactivation`)")
}
