package dria.rules.identity.id_gates_services_test

import data.dria.rules.identity.id_gates_services as rule

base := {"spec": {
	"context": {"domains": ["digital-identity", "social-benefits", "health"]},
	"affected": {"people": 1300000, "mandatory": true},
	"accessibility": {"nonDigitalAlternative": false},
}}

test_fires_when_id_gates_benefits_and_care if {
	some f in rule.findings with input as base
	contains(f.msg, "`health` and `social-benefits`")
	contains(f.msg, "1,300,000 people")
	contains(f.msg, "`nonDigitalAlternative: false`")
	"/spec/context/domains" in f.paths
	"/spec/affected/mandatory" in f.paths
	"/spec/accessibility/nonDigitalAlternative" in f.paths
}

test_fires_when_alternative_not_stated_and_mandatory if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/accessibility"}])
	contains(f.msg, "is stated")
	contains(f.msg, "no offline or assisted channel for people")
}

test_fires_when_mandatory_not_stated_and_no_alternative if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/affected/mandatory"}])
	contains(f.msg, "whether use is optional is not stated")
}

test_quiet_with_alternative_channel if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accessibility/nonDigitalAlternative",
		"value": true,
	}])
}

test_quiet_when_optional if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/affected/mandatory",
		"value": false,
	}])
}

test_quiet_when_not_gating_services if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["digital-identity", "finance"],
	}])
}

test_not_applicable_outside_identity if {
	not rule.applies with input as {"spec": {"context": {"domains": ["social-benefits"]}}}
}
