package dria.rules.accountability.incident_response_test

import data.dria.rules.accountability.incident_response as rule

base := {"spec": {
	"affected": {"people": 18000000},
	"decisions": {"automation": "full", "legalEffect": true},
	"accountability": {"incidentResponse": false},
}}

test_fires_without_process if {
	some f in rule.findings with input as base
	contains(f.msg, "`incidentResponse: false`")
	contains(f.msg, "18,000,000 people")
	"/spec/accountability/incidentResponse" in f.paths
}

test_fires_for_sensitive_data if {
	inp := {"spec": {
		"affected": {"people": 5000},
		"data": {"categories": ["health", "contact"]},
		"accountability": {"incidentResponse": false},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "processes `health` data about 5,000 people")
	"/spec/data/categories" in f.paths
}

test_fires_for_plain_personal_data if {
	inp := {"spec": {"data": {"categories": ["contact"]}, "accountability": {"incidentResponse": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "processes personal data")
}

test_fires_not_stated_high_stakes if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_quiet_not_stated_low_stakes if {
	inp := {"spec": {"data": {"categories": ["contact"]}}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_process if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/incidentResponse", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_people_data if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}, "ai": {"used": false}}}
}
