package dria.rules.kenya_dpa.registration_unstated_test

import data.dria.rules.kenya_dpa.registration_unstated as rule

doc := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"data": {"categories": ["contact"]},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as doc
	contains(f.msg, "is not stated")
	contains(f.msg, "an unstated number of people")
}

test_quiet_when_stated_either_way if {
	every registered in [true, false] {
		count(rule.findings) == 0 with input as json.patch(doc, [{
			"op": "add",
			"path": "/spec/extensions",
			"value": {"kenya_dpa": {"registeredWithDataCommissioner": registered}},
		}])
	}
}

test_not_applicable_outside_kenya if {
	not rule.applies with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/context/jurisdictions",
		"value": ["TZ"],
	}])
}

test_applies_in_kenya_with_personal_data if {
	rule.applies with input as doc
}
