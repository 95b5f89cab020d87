package dria.rules.privacy.no_access_right_test

import data.dria.rules.privacy.no_access_right as rule

base := {"spec": {
	"affected": {"people": 50000},
	"decisions": {"automation": "partial"},
	"data": {"subjectRights": {"access": false, "rectification": true}},
}}

test_fires_without_access if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"people cannot get a copy of the data the system holds about them (`access: false`), ",
		"though it takes part in decisions about them (`automation: partial`), affecting 50,000 people",
	])
	f.paths == ["/spec/data/subjectRights/access"]
}

test_quiet_with_access if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/subjectRights/access",
		"value": true,
	}])
}

test_not_applicable_when_rights_are_not_stated if {
	not rule.applies with input as {"spec": {"data": {"categories": ["contact"]}}}
}
