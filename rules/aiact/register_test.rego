package dria.rules.aiact.register_test

import data.dria.rules.aiact.register as rule

base := {"spec": {
	"context": {"role": "provider", "sector": "private", "jurisdictions": ["DE", "US"], "domains": ["employment"]},
	"affected": {"people": 650000},
	"decisions": {"automation": "partial"},
	"ai": {"used": true},
	"transparency": {"publicRegister": {"listed": false}},
}}

test_fires_for_unregistered_provider if {
	some f in rule.findings with input as base
	contains(f.msg, "650,000 people in `employment`")
	contains(f.msg, "`publicRegister.listed: false`")
	contains(f.msg, "`role: provider`")
	"/spec/transparency/publicRegister/listed" in f.paths
}

test_fires_for_provider_and_deployer if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/role",
		"value": "provider-and-deployer",
	}])
}

test_quiet_when_listed if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency/publicRegister/listed",
		"value": true,
	}])
}

test_quiet_when_registration_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/transparency"}])
}

test_not_applicable_to_public_body if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/context/sector", "value": "public"}])
}

test_not_applicable_to_deployer if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/context/role", "value": "deployer"}])
}

test_not_applicable_to_law_enforcement if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["law-enforcement", "migration-border"],
	}])
}

test_not_applicable_outside_eu if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/jurisdictions",
		"value": ["US"],
	}])
}
