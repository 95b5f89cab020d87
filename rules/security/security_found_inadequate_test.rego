package dria.rules.security.security_found_inadequate_test

import data.dria.rules.security.security_found_inadequate as rule

base := {"spec": {
	"affected": {"people": 2400000},
	"data": {"categories": ["health", "contact"]},
	"security": {
		"accessControl": true,
		"breachNotification": true,
		"status": "found-inadequate",
		"statusSource": "Data Protection Authority decision of 2024-03-01",
	},
}}

test_fires_and_names_who_found_it if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the system's security was found inadequate by `Data Protection Authority decision of 2024-03-01`, ",
		"affecting `health` data of 2,400,000 people; the measures it states (access control and ",
		"breach notification) therefore count as not stated",
	])
	f.paths == ["/spec/security/status"]
}

test_fires_without_source_or_measures if {
	some f in rule.findings with input as {"spec": {"security": {"status": "found-inadequate"}}}
	f.msg == concat("", [
		"the system's security was found inadequate (by whom is not stated), ",
		"affecting the data of an unstated number of people",
	])
}

test_quiet_for_evidenced_claimed_or_disputed_security if {
	every status in ["evidenced", "claimed", "disputed"] {
		count(rule.findings) == 0 with input as json.patch(base, [{
			"op": "replace",
			"path": "/spec/security/status",
			"value": status,
		}])
	}
}

test_not_applicable_without_security_section if {
	not rule.applies with input as {"spec": {"data": {"categories": ["health"]}}}
}
