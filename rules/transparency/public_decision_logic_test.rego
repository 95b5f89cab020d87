package dria.rules.transparency.public_decision_logic_test

import data.dria.rules.transparency.public_decision_logic as rule

base := {"spec": {
	"context": {"sector": "public", "domains": ["social-benefits"]},
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true, "explanation": {"provided": false}},
	"transparency": {"documentationPublished": false},
}}

test_fires_when_unpublished if {
	some f in rule.findings with input as base
	contains(f.msg, "`documentationPublished: false`")
	contains(f.msg, "(`automation: full`) on 185,000 people in `social-benefits`")
	contains(f.msg, "no reasons")
	"/spec/transparency/documentationPublished" in f.paths
	"/spec/decisions/explanation/provided" in f.paths
}

test_fires_without_reasons_clause if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/explanation/provided", "value": true}])
	some f in rule.findings with input as inp
	not contains(f.msg, "no reasons")
	not "/spec/decisions/explanation/provided" in f.paths
}

test_fires_when_not_stated_for_automated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/transparency"}])
	some f in rule.findings with input as inp
	contains(f.msg, "is not stated")
}

test_quiet_when_not_stated_for_assistive if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/transparency"},
		{"op": "replace", "path": "/spec/decisions/automation", "value": "assistive"},
	])
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_published if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/transparency/documentationPublished", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_private if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/sector",
		"value": "private",
	}])
}

test_no_domain_text if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/context/domains"}])
	some f in rule.findings with input as inp
	contains(f.msg, "on 185,000 people,")
}

test_fires_on_an_investigation_flag if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["investigation"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "decisions leading to `investigation` (`automation: full`) on 185,000 people")
}

test_not_applicable_when_marked if {
	marked := {"field": "transparency.documentationPublished", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
