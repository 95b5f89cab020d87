package dria.rules.gaps.moderation_test

import data.dria.rules.gaps.moderation as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"context": {"domains": ["social-media"]}}}
	contains(f.msg, "`social-media`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"domains": ["social-media"]},
		"expression": {"contentModeration": {"appeal": true}},
	}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"context": {"domains": ["health"]}}}
}

test_fires_for_messaging_readable_by_operator if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"data": {"encryption": {"endToEnd": false}},
	}}
	contains(f.msg, "`messaging`")
}

test_fires_for_messaging_when_encryption_not_stated if {
	some f in rule.findings with input as {"spec": {"context": {"domains": ["messaging"]}}}
	contains(f.msg, "`messaging`")
}

test_not_applicable_to_end_to_end_messaging if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"data": {"encryption": {"endToEnd": true}},
	}}
}

test_end_to_end_messaging_with_social_media_still_asked if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["messaging", "social-media"]},
		"data": {"encryption": {"endToEnd": true}},
	}}
	contains(f.msg, "`social-media`")
	not contains(f.msg, "`messaging`")
}

test_not_applicable_when_marked if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["social-media"]},
		"notApplicable": [{"field": "expression.contentModeration", "reason": "r"}],
	}}
}
