package dria.rules.accountability.safeguard_disputed_test

import data.dria.rules.accountability.safeguard_disputed as rule

base := {"spec": {
	"affected": {"people": 40000},
	"accountability": {"impactAssessments": [
		{"type": "dpia", "date": "2022-02-01", "status": "disputed", "statusSource": "Amnesty International, 2024"},
		{"type": "hria", "status": "evidenced"},
	]},
	"decisions": {"humanReview": {"available": true, "status": "disputed"}},
	"ai": {"biasTesting": {"performed": true, "status": "claimed"}},
	"security": {"status": "disputed", "statusSource": "security researchers"},
	"data": {"consent": {"used": true, "status": "disputed", "statusSource": "complainants"}},
}}

test_fires_once_for_each_disputed_safeguard if {
	count(rule.findings) == 4 with input as base
	some f in rule.findings with input as base
	f.msg == concat("", [
		"the `dpia` impact assessment of 2022-02-01 is disputed by `Amnesty International, 2024` and not settled, ",
		"so it cannot be counted on for a system affecting 40,000 people",
	])
	f.paths == ["/spec/accountability/impactAssessments/0/status"]
}

test_names_each_safeguard if {
	msgs := {f.msg | some f in rule.findings with input as base}
	some m1 in msgs
	startswith(m1, "the human review of decisions is disputed (by whom is not stated) and not settled")
	some m2 in msgs
	startswith(m2, "the security of the system is disputed by `security researchers`")
	some m3 in msgs
	startswith(m3, "the consent the processing relies on is disputed by `complainants`")
}

test_quiet_without_disputes if {
	count(rule.findings) == 0 with input as {"spec": {
		"security": {"status": "found-inadequate"},
		"ai": {"biasTesting": {"status": "evidenced"}},
	}}
}

test_not_applicable_without_disputes if {
	not rule.applies with input as {"spec": {"accountability": {"impactAssessments": [{"type": "dpia"}]}}}
}
