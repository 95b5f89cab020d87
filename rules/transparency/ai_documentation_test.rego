package dria.rules.transparency.ai_documentation_test

import data.dria.rules.transparency.ai_documentation as rule

base := {"spec": {
	"context": {"sector": "private", "domains": ["employment"]},
	"affected": {"people": 650000},
	"decisions": {"automation": "partial", "legalEffect": true, "explanation": {"provided": false}},
	"ai": {"used": true, "techniques": ["profiling", "risk-scoring"]},
	"transparency": {"documentationPublished": false},
}}

test_fires_for_hiring_model if {
	some f in rule.findings with input as base
	contains(f.msg, "applies `profiling` and `risk-scoring`")
	contains(f.msg, "650,000 people in `employment`")
	contains(f.msg, "`documentationPublished: false`")
	contains(f.msg, "no explanation")
	"/spec/transparency/documentationPublished" in f.paths
	"/spec/decisions/explanation/provided" in f.paths
}

test_fires_without_techniques if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/ai/techniques"},
		{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": true},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "takes part in decisions with legal effect (`automation: partial`)")
	not contains(f.msg, "no explanation")
}

test_fires_when_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/transparency"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_quiet_when_published if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/transparency/documentationPublished", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_public if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/context/sector", "value": "public"}])
}

test_not_applicable_without_ai if {
	not rule.applies with input as json.patch(base, [{"op": "replace", "path": "/spec/ai", "value": {"used": false}}])
}

test_no_domain_text if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context/domains"}])
	some f in rule.findings with input as inp
	contains(f.msg, "650,000 people,")
}

test_fires_for_a_points_system_ranking_workers if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai", "value": {"used": false}},
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/methods", "value": ["points-system"]},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["deactivation"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, concat(" ", [
		"the scoring system (by `points-system`), which takes part in decisions leading to",
		"`deactivation` (`automation: partial`) on 650,000 people in `employment`,",
	]))
	"/spec/decisions/effects" in f.paths
}

test_not_applicable_when_marked if {
	marked := {"field": "transparency.documentationPublished", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
