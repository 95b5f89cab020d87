package dria.rules.elections.campaign_finance_test

import data.dria.rules.elections.campaign_finance as rule

base := {"spec": {
	"context": {"domains": ["elections"]},
	"elections": {"functions": ["campaign-finance"], "campaignFinanceOpenData": false},
}}

test_fires_without_open_data if {
	some f in rule.findings with input as base
	contains(f.msg, "`campaign-finance`")
	contains(f.msg, "`campaignFinanceOpenData: false`")
	"/spec/elections/campaignFinanceOpenData" in f.paths
}

test_fires_for_political_advertising if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["political-advertising"]},
		"elections": {"functions": ["campaigning"], "campaignFinanceOpenData": false},
	}}
	contains(f.msg, "`campaigning` and `political-advertising`")
}

test_fires_when_not_stated_for_campaign_finance if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "remove",
		"path": "/spec/elections/campaignFinanceOpenData",
	}])
	contains(f.msg, "is not stated")
}

test_quiet_when_not_stated_for_campaigning if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"domains": ["elections"]},
		"elections": {"functions": ["campaigning"]},
	}}
}

test_quiet_with_open_data if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/campaignFinanceOpenData",
		"value": true,
	}])
}

test_quiet_for_e_voting if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/functions",
		"value": ["e-voting"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {"context": {"domains": ["public-services"]}}}
}
