package dria.rules.accountability.mitigations_unimplemented_test

import data.dria.rules.accountability.mitigations_unimplemented as rule

doc(statuses) := {"spec": {
	"context": {"lifecycle": "production"},
	"affected": {"people": 120000},
	"decisions": {"automation": "partial"},
	"mitigations": [{"id": sprintf("M-%d", [i]), "addresses": ["privacy"], "description": "d", "status": s} |
		some i, s in statuses
	],
}}

test_fires_when_nothing_is_implemented if {
	some f in rule.findings with input as doc(["planned", "in-progress"])
	contains(f.msg, "120,000 people")
	contains(f.msg, "`M-0` (planned), `M-1` (in-progress)")
	"/spec/mitigations/1/status" in f.paths
}

test_quiet_when_one_is_implemented if {
	count(rule.findings) == 0 with input as doc(["planned", "implemented"])
}

test_quiet_when_no_decisions_about_people if {
	count(rule.findings) == 0 with input as json.patch(doc(["planned"]), [{
		"op": "replace",
		"path": "/spec/decisions/automation",
		"value": "none",
	}])
}

test_not_applicable_before_production if {
	not rule.applies with input as json.patch(doc(["planned"]), [{
		"op": "replace",
		"path": "/spec/context/lifecycle",
		"value": "pilot",
	}])
}
