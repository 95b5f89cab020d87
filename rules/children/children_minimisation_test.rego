package dria.rules.children.children_minimisation_test

import data.dria.rules.children.children_minimisation as rule

base := {"spec": {
	"affected": {"people": 4000000, "groups": ["children"]},
	"data": {"categories": ["identity", "contact", "children"], "minimisation": false},
}}

test_fires_without_minimisation if {
	some f in rule.findings with input as base
	contains(f.msg, "data of 4,000,000 people, including children")
	contains(f.msg, "`minimisation: false`")
	contains(f.msg, "`contact` and `identity`")
	f.paths == ["/spec/affected/groups", "/spec/data/categories", "/spec/data/minimisation"]
}

test_fires_on_children_category_alone if {
	inp := {"spec": {"data": {"categories": ["children"], "minimisation": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "an unstated number of people, including children")
	f.paths == ["/spec/data/categories", "/spec/data/minimisation"]
}

test_quiet_with_minimisation if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/data/minimisation", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_minimisation_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/data/minimisation"}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_children if {
	not rule.applies with input as {"spec": {"affected": {"groups": ["workers"]}, "data": {"minimisation": false}}}
}
