package dria.rules.privacy.consent_not_informed_test

import data.dria.rules.privacy.consent_not_informed as rule

base := {"spec": {
	"affected": {"people": 20000},
	"data": {"categories": ["contact"], "consent": {"used": true, "informed": false}},
}}

test_fires_on_uninformed_consent if {
	some f in rule.findings with input as base
	f.msg == concat(" ", [
		"the processing of data of 20,000 people relies on consent, but people are not told",
		"who processes what and why before they consent (`informed: false`)",
	])
	f.paths == ["/spec/data/consent/used", "/spec/data/consent/informed"]
}

test_quiet_on_informed_consent if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/consent/informed",
		"value": true,
	}])
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/data/consent/informed"}])
}

test_not_applicable_without_consent if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/data/consent/used", "value": false}])
}
