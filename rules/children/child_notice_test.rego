package dria.rules.children.child_notice_test

import data.dria.rules.children.child_notice as rule

base := {"spec": {
	"affected": {"people": 420000, "groups": ["children", "refugees-asylum-seekers"]},
	"transparency": {"noticeToAffected": false},
	"accessibility": {"plainLanguage": false},
}}

test_fires_without_notice if {
	some f in rule.findings with input as base
	contains(f.msg, "the system affects 420,000 people, including children")
	endswith(f.msg, "(`noticeToAffected: false`)")
	not contains(f.msg, "plainLanguage")
	f.paths == ["/spec/affected/groups", "/spec/transparency/noticeToAffected"]
}

test_leaves_plain_language_to_child_007 if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency/noticeToAffected",
		"value": true,
	}])
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"groups": ["children"]}}}
}

test_not_applicable_without_children if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/groups",
		"value": ["refugees-asylum-seekers"],
	}])
}
