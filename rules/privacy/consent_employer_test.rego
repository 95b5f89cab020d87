package dria.rules.privacy.consent_employer_test

import data.dria.rules.privacy.consent_employer as rule

base := {"spec": {
	"context": {"domains": ["employment"], "role": "deployer"},
	"affected": {"people": 4000, "groups": ["gig-workers"]},
	"data": {"categories": ["location", "employment"], "lawfulBases": ["consent"]},
}}

test_fires_for_employer_on_consent_alone if {
	some f in rule.findings with input as base
	contains(f.msg, "used on `gig-workers` (4,000 people, in `employment`)")
	contains(f.msg, "consent alone (`lawfulBases: [consent]`)")
	f.paths == ["/spec/affected/groups", "/spec/context/domains", "/spec/data/lawfulBases"]
}

test_fires_when_role_is_not_stated if {
	count(rule.findings) == 1 with input as json.patch(base, [{"op": "remove", "path": "/spec/context/role"}])
}

test_quiet_on_the_contract if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/lawfulBases",
		"value": ["contract"],
	}])
}

test_quiet_for_a_provider_that_only_sells_it if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/role",
		"value": "provider",
	}])
}

test_not_applicable_outside_employment if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["finance"],
	}])
}
