package dria.rules.gaps.purpose_test

import data.dria.rules.gaps.purpose as rule

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
