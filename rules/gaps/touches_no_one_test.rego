# The whole assessment of a system that touches no one: the questions about
# decisions, redress, scale and reversibility are not applicable (not
# passed, not gaps), no finding is high and the residual risk is low.
# The same system as rules/gaps/testdata/touches-no-one-v1.yaml.
package dria.rules.gaps.touches_no_one_test

import data.dria.engine

v1 := {"spec": {
	"context": {
		"role": "provider-and-deployer",
		"sector": "public",
		"jurisdictions": ["NL"],
		"domains": ["public-services"],
		"purpose": "Publish bus and train timetables and real-time departure times as open data.",
		"lifecycle": "production",
	},
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

scope := {"spec": {
	"context": {"purpose": "Publish timetables as open data.", "domains": ["public-services"]},
	"scope": {"personalData": false, "decisionsAboutPeople": false, "profiling": false},
}}

# Gap rules (and the decision, redress and scale rules) whose question does
# not apply to such a system. DRIA-GAP-006 (which personal data?) is asked
# of every system and answered here by `data.categories: []` or
# `scope.personalData: false`.
not_asked := {
	"DRIA-GAP-001", "DRIA-GAP-002", "DRIA-GAP-004", "DRIA-GAP-005",
	"DRIA-GAP-007", "DRIA-GAP-010", "DRIA-GAP-011", "DRIA-GAP-012", "DRIA-GAP-017",
	"DRIA-GAP-018", "DRIA-GAP-019", "DRIA-GAP-021", "DRIA-DEC-001", "DRIA-REM-001",
	"DRIA-REM-005", "DRIA-REM-007",
}

test_v1_system_that_touches_no_one if {
	main := engine.main with input as v1
	main.summary.residualRisk == "low"
	main.summary.impactLevel == "I"
	"DRIA-GAP-006" in main.passed
	every f in main.findings {
		engine.rank[f.severity] < engine.rank.high
		f.category != "information-gap"
	}
	every id in not_asked {
		id in main.notApplicable
	}
}

test_scope_system_that_touches_no_one if {
	main := engine.main with input as scope
	main.summary.residualRisk == "low"
	every f in main.findings {
		engine.rank[f.severity] < engine.rank.high
		f.category != "information-gap"
	}
	every id in not_asked {
		id in main.notApplicable
	}
}

test_a_system_that_touches_someone_is_asked if {
	someone := json.patch(v1, [{"op": "replace", "path": "/spec/data/categories", "value": ["contact"]}])
	main := engine.main with input as someone
	some f in main.findings
	f.ruleId == "DRIA-GAP-001"
}
