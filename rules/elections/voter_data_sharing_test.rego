package dria.rules.elections.voter_data_sharing_test

import data.dria.rules.elections.voter_data_sharing as rule

base := {"spec": {
	"context": {"domains": ["elections"]},
	"affected": {"people": 6000000},
	"elections": {"functions": ["voter-registration"]},
	"data": {
		"categories": ["identity", "location"],
		"sharing": [
			{"recipient": "Constitutional Court", "type": "other-public-body"},
			{"recipient": "Registered political parties", "type": "other-public-body"},
			{"recipient": "Marketing list broker", "type": "commercial"},
		],
	},
}}

test_fires_on_register_shared_with_parties_and_brokers if {
	some f in rule.findings with input as base
	contains(f.msg, "voter registration data")
	contains(f.msg, "`Registered political parties` (other-public-body)")
	contains(f.msg, "`Marketing list broker` (commercial)")
	not contains(f.msg, "Constitutional Court")
	contains(f.msg, "6,000,000 people")
	"/spec/data/sharing/1" in f.paths
	"/spec/data/sharing/2" in f.paths
	not "/spec/data/sharing/0" in f.paths
}

test_fires_on_political_opinions_sold if {
	inp := {"spec": {
		"context": {"domains": ["political-advertising"]},
		"data": {"categories": ["political-opinion"], "sharing": [{"recipient": "Data brokers", "type": "commercial"}]},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "`political-opinion`")
}

test_quiet_with_public_bodies_only if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "replace", "path": "/spec/data/sharing", "value": [
		{"recipient": "Constitutional Court", "type": "other-public-body"},
		{"recipient": "Accredited election observers and the public", "type": "public"},
	]}])
}

test_quiet_without_voter_or_political_data if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/elections/functions",
		"value": ["voter-information"],
	}])
}

test_not_applicable_on_parking_app if {
	not rule.applies with input as {"spec": {
		"context": {"domains": ["public-services"]},
		"data": {"sharing": [{"recipient": "Ad network", "type": "commercial"}]},
	}}
}

test_judges_each_recipient_on_what_it_gets if {
	inp := json.patch(base, [
		{"op": "add", "path": "/spec/data/sharing/1/dataCategories", "value": []},
		{"op": "add", "path": "/spec/data/sharing/2/dataCategories", "value": ["location"]},
	])
	some f in rule.findings with input as inp
	not contains(f.msg, "political parties")
	contains(f.msg, "`Marketing list broker` (commercial)")
	opinions := {"spec": {
		"context": {"domains": ["political-advertising"]},
		"data": {
			"categories": ["political-opinion", "contact"],
			"sharing": [{"recipient": "Data brokers", "type": "commercial", "dataCategories": ["contact"]}],
		},
	}}
	count(rule.findings) == 0 with input as opinions
}
