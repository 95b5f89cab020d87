package dria.rules.lib_test

import data.dria.lib

none_v1 := {"spec": {
	"data": {"categories": []},
	"decisions": {"automation": "none", "legalEffect": false},
	"ai": {"used": false},
}}

none_scope := {"spec": {"scope": {"personalData": false, "decisionsAboutPeople": false, "profiling": false}}}

test_touches_no_one_from_v1_facts if {
	lib.touches_no_one with input as none_v1
}

test_touches_no_one_from_scope if {
	lib.touches_no_one with input as none_scope
}

test_touches_someone_when_a_fact_says_so if {
	not lib.touches_no_one with input as {"spec": {}}
	not lib.touches_no_one with input as object.union(none_v1, {"spec": {"scope": {"personalData": true}}})
	not lib.touches_no_one with input as object.union(none_v1, {"spec": {"decisions": {"effects": ["investigation"]}}})
	not lib.touches_no_one with input as object.union(none_scope, {"spec": {"data": {"categories": ["contact"]}}})
	not lib.touches_no_one with input as object.union(none_scope, {"spec": {"ai": {"techniques": ["risk-scoring"]}}})
	not lib.touches_no_one with input as object.union(none_scope, {"spec": {"decisions": {"automation": "full"}}})
}

test_not_applicable_covers_the_field_and_what_it_holds if {
	na := {"spec": {"notApplicable": [
		{"field": "decisions", "reason": "no decisions"},
		{"field": "ai.biasTesting", "reason": "no model"},
	]}}
	lib.not_applicable("decisions") with input as na
	lib.not_applicable("decisions.humanReview") with input as na
	lib.not_applicable("ai.biasTesting.results") with input as na
	not lib.not_applicable("ai") with input as na
	not lib.not_applicable("decisionsX") with input as na
	not lib.not_applicable("decisions") with input as {"spec": {}}
}

test_status_of_safeguards if {
	lib.found_inadequate({"status": "found-inadequate"})
	not lib.found_inadequate({"status": "evidenced"})
	lib.unreliable({"status": "disputed"})
	lib.status_note({"status": "found-inadequate", "statusSource": "the court"}) == " (found inadequate by the court)"
	lib.status_note({"status": "disputed"}) == " (disputed)"
	lib.status_note({"status": "evidenced"}) == ""
}

test_impact_assessments_found_inadequate_do_not_count if {
	ias := {"spec": {"accountability": {"impactAssessments": [
		{"type": "dpia", "status": "found-inadequate"},
		{"type": "hria", "status": "evidenced"},
	]}}}
	lib.impact_assessments_done == {"hria"} with input as ias
	count(lib.inadequate_assessments) == 1 with input as ias
	lib.inadequate_assessments[0].type == "dpia" with input as ias
}

test_automated_scoring_without_machine_learning if {
	lib.automated_scoring with input as {"spec": {"ai": {"used": false}, "decisions": {"methods": ["points-system"]}}}
	not lib.automated_scoring with input as {"spec": {"ai": {"used": false}, "decisions": {"methods": ["manual"]}}}
	lib.automated_scoring with input as {"spec": {"ai": {"used": true}}}
}

test_protected_criteria_from_both_fields if {
	lib.protected_criteria == {"age", "nationality"} with input as {"spec": {
		"decisions": {"criteria": {"protected": ["age"]}},
		"ai": {"protectedAttributes": ["nationality", "biometric"]},
	}}
}

test_children_users_count_as_children_affected if {
	lib.children_affected with input as {"spec": {"children": {"likelyUsers": true}}}
	lib.children_paths == ["/spec/children"] with input as {"spec": {"children": {"likelyUsers": true}}}
	not lib.children_affected with input as {"spec": {"children": {"likelyUsers": false}}}
}

test_personal_data_in_components_or_recipients_is_personal_data if {
	db := {"name": "db", "kind": "database", "dataCategories": ["contact"]}
	not lib.no_personal_data with input as object.union(none_v1, {"spec": {"components": [db]}})
	recipient := {"recipient": "x", "type": "commercial", "dataCategories": ["location"]}
	not lib.no_personal_data with input as object.union(none_scope, {"spec": {"data": {"sharing": [recipient]}}})
}

test_legal_effect_is_a_decision_about_people if {
	with_effect := object.union(none_scope, {"spec": {"decisions": {"legalEffect": true}}})
	not lib.no_decisions_about_people with input as with_effect
}

test_children_users_count_as_vulnerable if {
	users := {"spec": {"children": {"likelyUsers": true}, "affected": {"groups": ["voters"]}}}
	lib.affected_vulnerable == {"children"} with input as users
}
