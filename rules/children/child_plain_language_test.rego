package dria.rules.children.child_plain_language_test

import data.dria.rules.children.child_plain_language as rule

base := {"spec": {
	"affected": {"people": 420000, "groups": ["children"]},
	"transparency": {"noticeToAffected": true},
	"accessibility": {"plainLanguage": false},
}}

test_fires_without_plain_language if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the system affects 420,000 people, including children, but its texts are not in plain language ",
		"(`plainLanguage: false`)",
	])
	f.paths == ["/spec/affected/groups", "/spec/accessibility/plainLanguage"]
}

test_fires_for_children_likely_to_use_it if {
	some f in rule.findings with input as {"spec": {
		"children": {"likelyUsers": true},
		"accessibility": {"plainLanguage": false},
	}}
	f.paths == ["/spec/children", "/spec/accessibility/plainLanguage"]
}

test_quiet_with_plain_language if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/plainLanguage",
		"value": true,
	}])
}

test_not_applicable_without_children if {
	not rule.applies with input as {"spec": {"accessibility": {"plainLanguage": false}}}
}
