package dria.rules.privacy.consent_found_invalid_test

import data.dria.rules.privacy.consent_found_invalid as rule

base := {"spec": {
	"affected": {"people": 350000},
	"data": {
		"categories": ["biometric"],
		"lawfulBases": ["consent"],
		"consent": {
			"used": true,
			"status": "found-inadequate",
			"statusSource": "High Court of Kenya, [2025] KEHC 5629 (KLR)",
		},
	},
}}

test_fires_and_names_who_found_it if {
	some f in rule.findings with input as base
	contains(f.msg, "data of 350,000 people relies on consent, and that consent was found inadequate")
	endswith(f.msg, "by `High Court of Kenya, [2025] KEHC 5629 (KLR)`")
	f.paths == ["/spec/data/consent/used", "/spec/data/lawfulBases", "/spec/data/consent/status"]
}

test_says_when_the_source_is_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/consent/statusSource"}])
	endswith(f.msg, "found inadequate (by whom is not stated)")
}

test_quiet_for_evidenced_or_claimed_consent if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/consent/status",
		"value": "evidenced",
	}])
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/consent/status",
		"value": "claimed",
	}])
}

test_not_applicable_without_consent if {
	not rule.applies with input as {"spec": {"data": {
		"lawfulBases": ["public-task"],
		"consent": {"used": false, "status": "found-inadequate"},
	}}}
}
