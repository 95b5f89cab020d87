package dria.rules.procurement.assessment_before_contract_test

import data.dria.rules.procurement.assessment_before_contract as rule

base := {"spec": {
	"context": {"sector": "public", "lifecycle": "procurement", "domains": ["migration-border"]},
	"affected": {"people": 420000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"accountability": {"impactAssessments": [{"type": "dpia", "date": "2025-01-10"}]},
}}

test_fires_without_rights_assessment if {
	some f in rule.findings with input as base
	contains(f.msg, "`migration-border`")
	contains(f.msg, "420,000 people")
	contains(f.msg, "assessments listed: `dpia`")
	"/spec/accountability/impactAssessments" in f.paths
}

test_fires_on_legal_effect_outside_listed_domains if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/context/domains", "value": ["public-services"]},
		{"op": "remove", "path": "/spec/accountability"},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`decisions with legal effect`")
	contains(f.msg, "no impact assessment is listed")
}

test_quiet_with_hria if {
	inp := json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "hria", "date": "2025-02-01"},
	}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_decisions_about_people if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "none",
	}])
}

test_not_applicable_in_production if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/lifecycle",
		"value": "production",
	}])
}

test_not_applicable_to_private_buyer if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "private",
	}])
}

test_fires_when_the_rights_assessment_was_found_inadequate if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/accountability/impactAssessments/-",
		"value": {"type": "aia", "status": "found-inadequate", "statusSource": "internal audit"},
	}])
	endswith(f.msg, "impact assessment (the `aia` was found inadequate by `internal audit`)")
	"/spec/accountability/impactAssessments/1/status" in f.paths
}
