package dria.rules.privacy.no_erasure_right_test

import data.dria.rules.privacy.no_erasure_right as rule

base := {"spec": {
	"affected": {"people": 80000},
	"data": {
		"categories": ["contact"],
		"lawfulBases": ["consent", "public-task"],
		"subjectRights": {"erasure": false},
	},
}}

test_fires_on_consent_based_processing if {
	some f in rule.findings with input as base
	f.msg == concat("", [
		"people cannot have their data erased (`erasure: false`), affecting 80,000 people, ",
		"though the processing rests on `consent`, under which the right to erasure applies",
	])
	f.paths == ["/spec/data/subjectRights/erasure", "/spec/data/lawfulBases"]
}

test_fires_when_nothing_can_be_deleted_and_basis_not_stated if {
	some f in rule.findings with input as {"spec": {"data": {
		"categories": ["contact"],
		"subjectRights": {"deletionPossible": false},
	}}}
	contains(f.msg, "the system cannot delete anyone's data at all (`deletionPossible: false`)")
	endswith(f.msg, "and the lawful basis, which decides whether erasure may be refused, is not stated")
}

test_leaves_sensitive_data_that_cannot_be_deleted_to_priv_025 if {
	count(rule.findings) == 0 with input as {"spec": {"data": {
		"categories": ["biometric"],
		"subjectRights": {"deletionPossible": false},
	}}}
}

test_quiet_with_erasure if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/subjectRights/erasure",
		"value": true,
	}])
}

test_not_applicable_for_processing_the_law_requires if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/lawfulBases",
		"value": ["public-task", "legal-obligation"],
	}])
}
