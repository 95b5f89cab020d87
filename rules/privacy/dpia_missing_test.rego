package dria.rules.privacy.dpia_missing_test

import data.dria.rules.privacy.dpia_missing as rule

base := {"spec": {
	"affected": {"people": 18000000},
	"decisions": {"legalEffect": true},
	"ai": {"techniques": ["profiling", "targeting"]},
	"data": {"categories": ["political-opinion", "religion", "contact"]},
	"accountability": {"impactAssessments": []},
}}

test_fires_without_dpia if {
	some f in rule.findings with input as base
	contains(f.msg, "profiling (`profiling`) for decisions with legal effect")
	contains(f.msg, "`political-opinion` and `religion` data of 18,000,000 people")
	contains(f.msg, "none of the impact assessments listed is a DPIA")
	"/spec/accountability/impactAssessments" in f.paths
}

test_fires_when_only_other_assessment if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "hria", "published": true}],
	}])
}

test_fires_on_public_space_monitoring_with_assessments_absent if {
	some f in rule.findings with input as {"spec": {"surveillance": {"publicSpaces": true}}}
	contains(f.msg, "monitoring of publicly accessible spaces")
	contains(f.msg, "no impact assessments are stated")
}

test_quiet_with_dpia if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "dpia", "date": "2024-01-10", "published": false}],
	}])
}

test_quiet_small_scale_without_profiling if {
	count(rule.findings) == 0 with input as {"spec": {"affected": {"people": 500}, "data": {"categories": ["health"]}}}
}

test_not_applicable_for_low_risk_processing if {
	not rule.applies with input as {"spec": {
		"affected": {"people": 40000},
		"data": {"categories": ["contact", "location"]},
		"ai": {"techniques": ["profiling"]},
		"decisions": {"legalEffect": false},
	}}
}

test_paths_only_name_triggering_fields if {
	some f in rule.findings with input as {"spec": {"surveillance": {"publicSpaces": true}}}
	f.paths == ["/spec/surveillance/publicSpaces", "/spec/accountability/impactAssessments"]
}

test_dpia_found_inadequate_does_not_count if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [
			{"type": "hria"},
			{"type": "dpia", "date": "2019-05-01", "status": "found-inadequate", "statusSource": "High Court"},
		],
	}])
	endswith(f.msg, "requires a DPIA, but the `dpia` of 2019-05-01 was found inadequate by `High Court`")
	"/spec/accountability/impactAssessments/1/status" in f.paths
}

test_disputed_dpia_still_counts_here if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "dpia", "status": "disputed"}],
	}])
}

test_fires_on_rule_based_scoring_that_triggers_investigations if {
	some f in rule.findings with input as {"spec": {
		"decisions": {"methods": ["points-system", "manual"], "effects": ["investigation", "ranking"]},
		"accountability": {"impactAssessments": [{"type": "hria"}]},
	}}
	contains(f.msg, "automated scoring (`points-system`) that triggers `investigation`, which requires a DPIA")
	f.paths == ["/spec/decisions/effects", "/spec/decisions/methods", "/spec/accountability/impactAssessments"]
}
