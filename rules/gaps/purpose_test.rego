package dria.rules.gaps.purpose_test

import data.dria.rules.gaps.purpose as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"context": {"purpose": "Ranks applicants."}}}
	contains(f.msg, "`context.domains`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"context": {
		"purpose": "Ranks applicants.",
		"domains": ["employment"],
	}}}
}

test_not_applicable_when_no_one_is_touched if {
	not rule.applies with input as no_one
}

test_field_marked_not_applicable_is_not_asked if {
	inp := {"spec": {
		"context": {"purpose": "Ranks applicants."},
		"notApplicable": [{"field": "context.domains", "reason": "a general tool"}],
	}}
	count(rule.findings) == 0 with input as inp
	rule.applies with input as inp
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "context", "reason": "r"}]}}
}
