package dria.rules.gaps.accessibility_test

import data.dria.rules.gaps.accessibility as rule

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"context": {"sector": "public"}}}
	contains(f.msg, "`accessibility.wcag`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"sector": "public"},
		"accessibility": {"wcag": "2.1-AA", "nonDigitalAlternative": true},
	}}
}

test_not_applicable if {
	not rule.applies with input as {"spec": {"context": {"sector": "private"}}}
}

test_names_only_the_missing_field if {
	some f in rule.findings with input as {"spec": {"context": {"sector": "public"}, "accessibility": {"wcag": "2.1-AA"}}}
	f.msg == concat("", [
		"the system is a public service (`sector: public`) but its accessibility is not stated: ",
		"`accessibility.nonDigitalAlternative` missing",
	])
}

test_not_applicable_when_no_one_is_touched_or_marked if {
	not rule.applies with input as {"spec": {
		"context": {"sector": "public"},
		"data": {"categories": []},
		"decisions": {"automation": "none", "legalEffect": false},
		"ai": {"used": false},
	}}
	not rule.applies with input as {"spec": {
		"context": {"sector": "public"},
		"notApplicable": [{"field": "accessibility", "reason": "r"}],
	}}
}
