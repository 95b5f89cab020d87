package dria.rules.expression.transparency_omissions_test

import data.dria.rules.expression.transparency_omissions as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 60000000},
	"transparency": {"transparencyReports": {"published": true, "contentRemovals": false, "governmentRequests": false}},
}}

test_fires_on_omissions if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the published transparency reports omit content removals (`contentRemovals: false`) ",
		"and government requests (`governmentRequests: false`) (60,000,000 people)",
	])
	f.paths == ["/spec/transparency/transparencyReports"]
}

test_quiet_with_complete_reports if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency/transparencyReports",
		"value": {"published": true, "contentRemovals": true, "governmentRequests": true},
	}])
}

# A messaging service that does not remove content need not report removals.
test_quiet_on_messaging_without_removals if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"expression": {"contentModeration": {"automatedRemoval": false}},
		"transparency": {"transparencyReports": {"published": true, "contentRemovals": false, "governmentRequests": true}},
	}}
}

test_fires_on_messaging_that_removes if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["messaging"]},
		"expression": {"contentModeration": {"automatedRemoval": true}},
		"transparency": {"transparencyReports": {"published": true, "contentRemovals": false, "governmentRequests": true}},
	}}
	contains(f.msg, "content removals")
}

test_not_applicable_on_health_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["health"]}}}
}
