package dria.rules.procurement.opaque_vendor_model_test

import data.dria.rules.procurement.opaque_vendor_model as rule

base := {"spec": {
	"context": {"role": "deployer", "sector": "public", "lifecycle": "production"},
	"affected": {"people": 185000},
	"decisions": {"automation": "full"},
	"ai": {"used": true, "modelProvider": "Contractor: gradient-boosted tree model"},
	"transparency": {"sourceCode": "closed"},
	"accountability": {"audits": [{"type": "internal", "date": "2022-11-30"}]},
}}

test_fires_on_closed_unaudited_vendor_model if {
	some f in rule.findings with input as base
	contains(f.msg, "`Contractor: gradient-boosted tree model`")
	contains(f.msg, "185,000 people")
	contains(f.msg, "audits listed: `internal`")
	"/spec/transparency/sourceCode" in f.paths
	"/spec/accountability/audits" in f.paths
}

test_fires_on_component_when_provider_not_stated if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/ai/modelProvider"},
		{"op": "add", "path": "/spec/components", "value": [
			{"name": "face-matcher", "kind": "third-party-api", "provider": "Vendor X"},
			{"name": "case-db", "kind": "database", "provider": "Police"},
		]},
		{"op": "remove", "path": "/spec/accountability"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`face-matcher`")
	contains(f.msg, "no audit listed")
	f.paths[0] == "/spec/components/0"
	not "/spec/components/1" in f.paths
}

test_fires_on_in_house_model_on_vendor_platform if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/modelProvider",
		"value": "Commercial data-integration platform with an in-house model",
	}])
	count(rule.findings) == 1 with input as inp
}

test_quiet_for_in_house_model if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/modelProvider",
		"value": "In-house",
	}])
}

test_quiet_with_external_audit if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/audits/-",
		"value": {"type": "external", "date": "2025-01-01"},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_auditors_can_read_the_code if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/transparency/sourceCode",
		"value": "auditors-only",
	}])
}

test_not_applicable_to_private_company if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "private",
	}])
}
