package dria.rules.transparency.register_without_url_test

import data.dria.rules.transparency.register_without_url as rule

test_fires_without_url if {
	inp := {"spec": {"transparency": {"publicRegister": {"listed": true}}}}
	some f in rule.findings with input as inp
	contains(f.msg, "no address")
	"/spec/transparency/publicRegister/url" in f.paths
}

test_fires_on_non_web_address if {
	inp := {"spec": {"transparency": {"publicRegister": {"listed": true, "url": "see annex 3"}}}}
	some f in rule.findings with input as inp
	contains(f.msg, "`see annex 3` is not a web address")
}

test_fires_on_empty_url if {
	inp := {"spec": {"transparency": {"publicRegister": {"listed": true, "url": "  "}}}}
	count(rule.findings) == 1 with input as inp
}

test_quiet_with_url if {
	inp := {"spec": {"transparency": {"publicRegister": {
		"listed": true,
		"url": "https://algoritmes.overheid.nl/en/algoritme/12345",
	}}}}
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_when_not_listed if {
	not rule.applies with input as {"spec": {"transparency": {"publicRegister": {"listed": false}}}}
}

test_applicable_when_listed if {
	rule.applies with input as {"spec": {"transparency": {"publicRegister": {"listed": true}}}}
}

test_not_applicable_when_marked if {
	inp := {"spec": {
		"transparency": {"publicRegister": {"listed": true}},
		"notApplicable": [{"field": "transparency.publicRegister.url", "reason": "the register is on paper"}],
	}}
	not rule.applies with input as inp
}
