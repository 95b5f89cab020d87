package dria.rules.privacy.consent_public_authority_test

import data.dria.rules.privacy.consent_public_authority as rule

base := {"spec": {
	"context": {"sector": "public"},
	"affected": {"people": 90000, "mandatory": true},
	"data": {"categories": ["identity", "health"], "lawfulBases": ["consent"]},
}}

test_fires_for_public_body_on_consent_alone if {
	some f in rule.findings with input as base
	contains(f.msg, "(`sector: public`) rests the processing of data of 90,000 people on consent alone")
	contains(f.msg, "while use of the system is mandatory (`mandatory: true`)")
	f.paths == ["/spec/affected/mandatory", "/spec/context/sector", "/spec/data/lawfulBases"]
}

test_fires_for_contractor_without_mandatory_note if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "replace", "path": "/spec/context/sector", "value": "public-service-contractor"},
		{"op": "remove", "path": "/spec/affected/mandatory"},
	])
	not contains(f.msg, "mandatory")
	f.paths == ["/spec/context/sector", "/spec/data/lawfulBases"]
}

test_quiet_when_consent_sits_beside_a_public_task if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/lawfulBases",
		"value": ["public-task", "consent"],
	}])
}

test_quiet_for_private_company if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "private",
	}])
}

test_not_applicable_without_stated_bases if {
	not rule.applies with input as json.patch(base, [{"op": "remove", "path": "/spec/data/lawfulBases"}])
}
