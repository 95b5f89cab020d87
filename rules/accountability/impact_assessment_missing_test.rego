package dria.rules.accountability.impact_assessment_missing_test

import data.dria.rules.accountability.impact_assessment_missing as rule

base := {"spec": {
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"data": {"categories": ["financial", "health"]},
	"surveillance": {"publicSpaces": true},
	"accountability": {"impactAssessments": []},
}}

test_fires_with_all_three_triggers if {
	some f in rule.findings with input as base
	contains(f.msg, "`impactAssessments: []`")
	contains(f.msg, "Art 35(3)(a)")
	contains(f.msg, "large-scale processing of `health` data about 185,000 people")
	contains(f.msg, "Art 35(3)(c)")
	"/spec/accountability/impactAssessments" in f.paths
	"/spec/data/categories" in f.paths
	"/spec/surveillance/publicSpaces" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_when_only_other_assessment if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "other", "date": "2024-01-01"}],
	}])
	some f in rule.findings with input as inp
	contains(f.msg, "only assessments of type `other`")
}

test_fires_when_not_stated if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_protected_attribute_counts_as_sensitive if {
	inp := {"spec": {
		"affected": {"people": 50000},
		"ai": {"protectedAttributes": ["ethnicity"]},
		"accountability": {"impactAssessments": []},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "`ethnicity` data")
	"/spec/ai/protectedAttributes" in f.paths
	not "/spec/data/categories" in f.paths
}

test_assistive_profiling_triggers if {
	inp := {"spec": {
		"decisions": {"automation": "assistive", "legalEffect": true},
		"ai": {"techniques": ["risk-scoring"]},
		"accountability": {"impactAssessments": []},
	}}
	count(rule.findings) == 1 with input as inp
}

test_quiet_with_dpia if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "dpia", "date": "2024-01-01"}],
	}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_small_scale_sensitive if {
	not rule.applies with input as {"spec": {"affected": {"people": 500}, "data": {"categories": ["health"]}}}
}

test_not_applicable_assistive_without_profiling if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "assistive", "legalEffect": true}}}
}

test_not_applicable_without_legal_effect if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "full", "legalEffect": false}}}
}

test_assessment_found_inadequate_does_not_count if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "dpia", "status": "found-inadequate", "statusSource": "Dutch DPA, 2021"}],
	}])
	contains(f.msg, "assessment that holds is listed (the `dpia` was found inadequate by `Dutch DPA, 2021`)")
	"/spec/accountability/impactAssessments/0/status" in f.paths
}

test_evidenced_assessment_counts if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/accountability/impactAssessments",
		"value": [{"type": "dpia", "status": "evidenced"}],
	}])
}

test_fires_on_rule_based_scoring_that_triggers_suspensions if {
	some f in rule.findings with input as {"spec": {
		"affected": {"people": 3000},
		"decisions": {"methods": ["eligibility-rules"], "effects": ["benefit-suspension"]},
		"accountability": {"impactAssessments": []},
	}}
	contains(f.msg, "automated scoring of 3,000 people (`eligibility-rules`) that triggers `benefit-suspension`")
	"/spec/decisions/methods" in f.paths
}
