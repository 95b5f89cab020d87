package dria.rules.gaps.automation_test

import data.dria.rules.gaps.automation as rule

no_one := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

test_fires_when_not_stated if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "full"}}}
	contains(f.msg, "`decisions.legalEffect`")
	count(f.paths) > 0
}

test_quiet_when_stated if {
	count(rule.findings) == 0 with input as {"spec": {"decisions": {"automation": "none"}}}
}

test_names_only_the_missing_fields if {
	some f in rule.findings with input as {"spec": {"decisions": {"automation": "full", "reversibility": "reversible"}}}
	f.msg == "how the system decides about people is not fully stated: `decisions.legalEffect` missing"
	f.paths == ["/spec/decisions/legalEffect"]
}

test_not_applicable_when_no_decisions_about_people if {
	not rule.applies with input as no_one
	not rule.applies with input as {"spec": {"scope": {"decisionsAboutPeople": false}}}
	not rule.applies with input as {"spec": {"notApplicable": [{"field": "decisions", "reason": "r"}]}}
}

test_field_marked_not_applicable_is_not_asked if {
	inp := {"spec": {
		"decisions": {"automation": "full", "legalEffect": true},
		"notApplicable": [{"field": "decisions.reversibility", "reason": "decisions expire daily"}],
	}}
	count(rule.findings) == 0 with input as inp
}
