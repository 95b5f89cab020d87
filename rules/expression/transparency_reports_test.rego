package dria.rules.expression.transparency_reports_test

import data.dria.rules.expression.transparency_reports as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 60000000},
	"transparency": {"transparencyReports": {"published": true, "contentRemovals": false, "governmentRequests": false}},
}}

test_fires_on_omissions if {
	some f in rule.findings with input as base
	contains(f.msg, "`contentRemovals: false`")
	contains(f.msg, "`governmentRequests: false`")
	contains(f.msg, "60,000,000 people")
	f.paths == ["/spec/transparency/transparencyReports"]
}

test_fires_without_reports if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency/transparencyReports",
		"value": {"published": false},
	}])
	contains(f.msg, "`transparencyReports.published: false`")
	f.paths == ["/spec/transparency/transparencyReports/published"]
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

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as {"spec": {"context": {"domains": ["social-media"]}}}
}

test_not_applicable_on_health_app if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["health"]},
		"transparency": {"transparencyReports": {"published": false}},
	}}
}
