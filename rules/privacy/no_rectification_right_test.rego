package dria.rules.privacy.no_rectification_right_test

import data.dria.rules.privacy.no_rectification_right as rule

base := {"spec": {
	"affected": {"people": 50000},
	"decisions": {"automation": "assistive"},
	"data": {"subjectRights": {"rectification": false}},
}}

test_fires_when_data_feed_decisions if {
	some f in rule.findings with input as base
	endswith(f.msg, "affecting 50,000 people, and the data feed decisions about them (`automation: assistive`)")
	f.paths == ["/spec/data/subjectRights/rectification", "/spec/decisions/automation"]
}

test_fires_when_data_are_disclosed if {
	some f in rule.findings with input as {"spec": {"data": {
		"subjectRights": {"rectification": false},
		"sharing": [{"recipient": "Credit bureau", "type": "commercial"}],
	}}}
	endswith(f.msg, "and the data are disclosed to `Credit bureau`")
	f.paths == ["/spec/data/subjectRights/rectification", "/spec/data/sharing"]
}

test_quiet_with_rectification if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/subjectRights/rectification",
		"value": true,
	}])
}

test_not_applicable_when_rights_are_not_stated if {
	not rule.applies with input as {"spec": {}}
}
