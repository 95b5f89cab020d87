package dria.rules.aiact.synthetic_content_test

import data.dria.rules.aiact.synthetic_content as rule

base := {"spec": {
	"context": {"jurisdictions": ["PL", "GB"], "domains": ["news-media", "social-media"]},
	"affected": {"people": 18000000},
	"ai": {"used": true, "techniques": ["recommender", "generative"], "syntheticContentLabelled": false},
}}

test_fires_on_unlabelled_generated_news if {
	some f in rule.findings with input as base
	contains(f.msg, "`generative`")
	contains(f.msg, "18,000,000 people")
	contains(f.msg, "in `news-media` and `social-media`")
	f.paths == ["/spec/ai/syntheticContentLabelled", "/spec/ai/techniques"]
}

test_fires_on_chatbot_without_domains if {
	inp := {"spec": {"ai": {"techniques": ["chatbot"], "syntheticContentLabelled": false}}}
	some f in rule.findings with input as inp
	endswith(f.msg, "(`syntheticContentLabelled: false`)")
}

test_quiet_when_labelled if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/syntheticContentLabelled",
		"value": true,
	}])
}

test_not_applicable_to_political_ads if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["political-advertising"],
	}])
}

test_not_applicable_when_political_ads_allowed if {
	not rule.applies with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/expression",
		"value": {"politicalAds": {"allowed": true}},
	}])
}

test_not_applicable_without_generation if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["recommender"],
	}])
}

test_not_applicable_outside_eu if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/jurisdictions",
		"value": ["GB", "NG"],
	}])
}
