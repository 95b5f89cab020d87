package dria.rules.kenya_dpa.children_test

import data.dria.rules.kenya_dpa.children as rule

doc := {"spec": {
	"context": {"jurisdictions": ["KE"]},
	"affected": {"groups": ["children"]},
	"ai": {"used": true, "techniques": ["recommender", "profiling"]},
}}

test_fires_when_children_are_profiled if {
	some f in rule.findings with input as doc
	contains(f.msg, "`profiling` and `recommender`")
}

test_quiet_without_profiling if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["translation"],
	}])
}

test_quiet_without_children if {
	count(rule.findings) == 0 with input as json.patch(doc, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["workers"],
	}])
}
