package dria.rules.privacy.deletion_impossible_test

import data.dria.rules.privacy.deletion_impossible as rule

base := {"spec": {
	"affected": {"people": 750000},
	"data": {"categories": ["biometric", "identity"], "retentionDays": 3650, "subjectRights": {"deletionPossible": false}},
}}

test_fires_and_says_the_retention_period_does_not_help if {
	some f in rule.findings with input as base
	contains(f.msg, "holds `biometric` data of 750,000 people and cannot delete a person's data at all")
	endswith(f.msg, "the retention period it states (`retentionDays: 3650`) cannot be honoured")
	f.paths == ["/spec/data/categories", "/spec/data/subjectRights/deletionPossible", "/spec/data/retentionDays"]
}

test_fires_without_retention_period if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/retentionDays"}])
	endswith(f.msg, "(`deletionPossible: false`)")
}

test_quiet_when_deletion_is_possible_or_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/subjectRights",
		"value": {"deletionPossible": true},
	}])
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/data/subjectRights"}])
}

test_not_applicable_without_sensitive_data if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["contact"],
	}])
}
