package dria.rules.expression.transparency_reports_test

import data.dria.rules.expression.transparency_reports as rule

base := {"spec": {
	"context": {"domains": ["social-media"]},
	"affected": {"people": 60000000},
	"transparency": {"transparencyReports": {"published": false}},
}}

test_fires_without_reports if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"no transparency report is published (`transparencyReports.published: false`) ",
		"for a service used by 60,000,000 people",
	])
	f.paths == ["/spec/transparency/transparencyReports/published"]
}

test_leaves_omissions_to_exp_012 if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency/transparencyReports",
		"value": {"published": true, "contentRemovals": false},
	}])
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
