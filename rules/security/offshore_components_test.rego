package dria.rules.security.offshore_components_test

import data.dria.rules.security.offshore_components as rule

base := {"spec": {
	"context": {"jurisdictions": ["NL"]},
	"data": {"transfers": [{"country": "IN", "safeguard": "scc"}]},
	"components": [
		{"name": "case-database", "kind": "database", "location": "NL", "dataCategories": ["identity", "health"]},
		{"name": "backup", "kind": "database", "location": "DE", "dataCategories": ["identity", "health"]},
		{"name": "offshore-support", "kind": "service", "location": "US", "dataCategories": ["identity", "financial"]},
		{"name": "ticketing", "kind": "service", "location": "IN", "dataCategories": ["contact"]},
		{"name": "cdn", "kind": "service", "location": "SG", "dataCategories": []},
	],
}}

test_fires_for_undeclared_offshore_component if {
	some f in rule.findings with input as base
	contains(f.msg, "component `offshore-support` in `US` processes `financial` and `identity` data")
	contains(f.msg, "deployed in `NL`")
	f.paths == ["/spec/components/2", "/spec/context/jurisdictions", "/spec/data/transfers"]
}

test_eea_declared_and_empty_components_are_quiet if {
	count(rule.findings) == 1 with input as base
}

test_non_eea_system_flags_eea_location if {
	count(rule.findings) == 1 with input as {"spec": {
		"context": {"jurisdictions": ["KE"]},
		"components": [{"name": "dr-site", "kind": "database", "location": "FR", "dataCategories": ["biometric"]}],
	}}
}

test_quiet_when_transfer_declared if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/transfers/-",
		"value": {"country": "US", "safeguard": "adequacy"},
	}])
}

test_not_applicable_without_jurisdictions if {
	not rule.applies with input as json.patch(base, [{"op": "remove", "path": "/spec/context"}])
}

test_quiet_when_location_not_stated if {
	count(rule.findings) == 0 with input as {"spec": {
		"context": {"jurisdictions": ["NL"]},
		"components": [{"name": "somewhere", "kind": "service", "dataCategories": ["identity"]}],
	}}
}
