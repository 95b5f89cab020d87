package dria.rules.privacy.no_objection_right_test

import data.dria.rules.privacy.no_objection_right as rule

base := {"spec": {
	"affected": {"people": 80000},
	"data": {"lawfulBases": ["public-task"], "subjectRights": {"objection": false}},
}}

test_fires_on_public_task if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"people cannot object to the processing (`objection: false`), affecting 80,000 people, ",
		"though it rests on `public-task`, which people have the right to object to",
	])
	f.paths == ["/spec/data/subjectRights/objection", "/spec/data/lawfulBases"]
}

test_fires_when_basis_not_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/lawfulBases"}])
	endswith(f.msg, "which decides whether people may object, is not stated")
}

test_quiet_with_objection if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/subjectRights/objection",
		"value": true,
	}])
}

test_not_applicable_on_contract_or_consent if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/lawfulBases",
		"value": ["contract", "consent"],
	}])
}
