package dria.rules.accountability.mitigation_evidence_test

import data.dria.rules.accountability.mitigation_evidence as rule

mitigations(ms) := {"spec": {"mitigations": ms}}

test_fires_for_implemented_without_evidence if {
	some f in rule.findings with input as mitigations([
		{"id": "M-1", "addresses": ["privacy"], "description": "d", "status": "implemented"},
		{"id": "M-2", "addresses": ["privacy"], "description": "d", "status": "implemented", "evidence": "  "},
		{"id": "M-3", "addresses": ["privacy"], "description": "d", "status": "implemented", "evidence": "Audit 2025"},
	])
	contains(f.msg, "2 mitigation(s)")
	contains(f.msg, "`M-1`, `M-2`")
	f.paths == ["/spec/mitigations/0/evidence", "/spec/mitigations/1/evidence"]
}

test_quiet_when_evidenced_or_planned if {
	count(rule.findings) == 0 with input as mitigations([
		{"id": "M-1", "addresses": ["privacy"], "description": "d", "status": "implemented", "evidence": "Audit 2025"},
		{"id": "M-2", "addresses": ["privacy"], "description": "d", "status": "planned"},
	])
}

test_not_applicable_without_mitigations if {
	not rule.applies with input as {"spec": {}}
}
