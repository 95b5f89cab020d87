package dria.rules.privacy.legitimate_interests_public_test

import data.dria.rules.privacy.legitimate_interests_public as rule

base := {"spec": {
	"context": {"sector": "public"},
	"affected": {"people": 250000},
	"data": {"categories": ["identity", "financial"], "lawfulBases": ["public-task", "legitimate-interests"]},
}}

test_fires_for_authority_on_legitimate_interests if {
	some f in rule.findings with input as base
	contains(f.msg, "claims `legitimate-interests` as a lawful basis")
	contains(f.msg, "(lawful bases: `legitimate-interests` and `public-task`)")
	contains(f.msg, "data of 250,000 people")
	f.paths == ["/spec/context/sector", "/spec/data/lawfulBases"]
}

test_quiet_on_public_task if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/lawfulBases",
		"value": ["public-task"],
	}])
}

test_quiet_for_contractor if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "public-service-contractor",
	}])
}

test_not_applicable_without_stated_bases if {
	not rule.applies with input as {"spec": {"context": {"sector": "public"}, "data": {"legalBasis": "GDPR Art 6(1)(f)"}}}
}
