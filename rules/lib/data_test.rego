package dria.rules.lib.data_test

import data.dria.lib

test_bases_structured_by_any_new_field if {
	lib.bases_structured with input as {"spec": {"data": {"lawfulBases": ["public-task"]}}}
	lib.bases_structured with input as {"spec": {"data": {"nationalLaw": "Act s.1"}}}
	lib.bases_structured with input as {"spec": {"data": {"specialCategoryConditions": []}}}
	not lib.bases_structured with input as {"spec": {"data": {"legalBasis": "GDPR Art 6(1)(e)"}}}
}

test_processed_special_leaves_out_criminal_records if {
	lib.processed_special == {"health"} with input as {"spec": {"data": {"categories": ["health", "criminal-records"]}}}
}

test_law_named_by_field_or_words if {
	lib.law_named with input as {"spec": {"data": {"nationalLaw": "Participation Act s.64"}}}
	lib.law_named with input as {"spec": {"data": {"legalBasis": "Social Security Act"}}}
	lib.law_named with input as {"spec": {"data": {"legalBasis": "Sozialgesetzbuch II § 52"}}}
	lib.law_named with input as {"spec": {"data": {"legalBasis": "Wet SUWI art. 64"}}}
	not lib.law_named with input as {"spec": {"data": {"legalBasis": "GDPR Art 6(1)(e) and Article 9(2)(b)"}}}
	not lib.law_named with input as {"spec": {"data": {"nationalLaw": "  "}}}
	not lib.law_named with input as {"spec": {}}
}

test_consent_relied_on if {
	lib.consent_relied_on with input as {"spec": {"data": {"consent": {"used": true}}}}
	lib.consent_relied_on with input as {"spec": {"data": {"lawfulBases": ["contract", "consent"]}}}
	lib.consent_relied_on with input as {"spec": {"data": {"specialCategoryConditions": ["explicit-consent"]}}}
	lib.consent_relied_on with input as {"spec": {"data": {"consent": {"informed": false}}}}
	not lib.consent_relied_on with input as {"spec": {"data": {"consent": {"used": false}}}}
	not lib.consent_relied_on with input as {"spec": {"data": {
		"lawfulBases": ["contract"],
		"consent": {"informed": false},
	}}}
	not lib.consent_relied_on with input as {"spec": {}}
}

test_consent_paths_name_every_field_that_says_so if {
	lib.consent_paths == {"/spec/data/consent/used", "/spec/data/lawfulBases"} with input as {"spec": {"data": {
		"lawfulBases": ["consent"],
		"consent": {"used": true},
	}}}
}

test_recipient_categories_are_the_entry_s_own_when_stated if {
	sys := {"spec": {"data": {"categories": ["health", "contact"]}}}
	lib.recipient_categories({"dataCategories": ["contact"]}) == {"contact"} with input as sys
	lib.recipient_categories({"recipient": "x"}) == {"health", "contact"} with input as sys
	lib.recipient_sensitive({"dataCategories": ["contact"]}) == set() with input as sys
	lib.recipient_sensitive({"recipient": "x"}) == {"health"} with input as sys
	lib.recipient_categories_path(2, {"dataCategories": []}) == "/spec/data/sharing/2/dataCategories"
	lib.recipient_categories_path(2, {}) == "/spec/data/categories"
}

test_recipient_gets_children_data if {
	users := {"spec": {"affected": {"groups": ["children"]}}}
	lib.recipient_gets_children_data({"recipient": "x"}) with input as users
	lib.recipient_gets_children_data({"dataCategories": ["contact"]}) with input as users
	not lib.recipient_gets_children_data({"dataCategories": []}) with input as users
	records := {"spec": {"data": {"categories": ["children", "financial"]}}}
	lib.recipient_gets_children_data({"dataCategories": ["children"]}) with input as records
	not lib.recipient_gets_children_data({"dataCategories": ["financial"]}) with input as records
	not lib.recipient_gets_children_data({"recipient": "x"}) with input as {"spec": {"data": {"categories": ["contact"]}}}
}

test_biometric_functions_tell_one_to_one_from_one_to_many if {
	gate := {"spec": {"ai": {"techniques": ["facial-recognition"], "biometricFunctions": ["verification"]}}}
	not lib.biometric_identifies with input as gate
	not lib.biometric_one_to_many with input as gate
	lib.biometric_identifies with input as {"spec": {"ai": {"techniques": ["facial-recognition"]}}}
	lib.biometric_identifies with input as {"spec": {"ai": {"biometricFunctions": ["identification"]}}}
	lib.biometric_identifies with input as {"spec": {"ai": {
		"techniques": ["remote-biometric-identification"],
		"biometricFunctions": ["verification"],
	}}}
	dedup := {"spec": {"ai": {"biometricFunctions": ["deduplication"]}}}
	not lib.biometric_identifies with input as dedup
	lib.biometric_one_to_many with input as dedup
	lib.biometric_categorises with input as {"spec": {"ai": {"biometricFunctions": ["categorisation"]}}}
}

test_biometric_functions_text if {
	two := {"spec": {"ai": {"biometricFunctions": ["verification", "deduplication"]}}}
	lib.biometric_functions_text == ", `biometricFunctions: deduplication, verification`" with input as two
	lib.biometric_functions_text == "" with input as {"spec": {}}
}

test_inadequate_assessment_notes_and_paths if {
	ias := {"spec": {"accountability": {"impactAssessments": [
		{"type": "hria", "status": "found-inadequate"},
		{"type": "dpia", "date": "2020-01-02", "status": "found-inadequate", "statusSource": "the court"},
		{"type": "dpia", "status": "disputed"},
	]}}}
	dpia := "the `dpia` of 2020-01-02 was found inadequate by `the court`"
	lib.inadequate_assessment_notes({"dpia"}) == [dpia] with input as ias
	hria := "the `hria` was found inadequate (by whom is not stated)"
	lib.inadequate_assessment_notes({"hria", "fria"}) == [hria] with input as ias
	lib.inadequate_assessment_paths({"dpia", "hria"}) == [
		"/spec/accountability/impactAssessments/0/status",
		"/spec/accountability/impactAssessments/1/status",
	] with input as ias
	lib.inadequate_assessment_notes({"aia"}) == [] with input as ias
}

test_security_found_inadequate_counts_as_unstated if {
	bad := {"spec": {"security": {"accessLogging": true, "accessControl": false, "status": "found-inadequate"}}}
	lib.security_unstated("accessLogging") with input as bad
	not lib.security_unstated("accessControl") with input as bad
	lib.security_unstated("breachNotification") with input as bad
	text := "logging is stated, but security was found inadequate (by whom is not stated)"
	lib.security_unstated_text("accessLogging", "logging") == text with input as bad
	good := {"spec": {"security": {"accessLogging": true, "status": "evidenced"}}}
	not lib.security_unstated("accessLogging") with input as good
	lib.security_unstated_text("breachNotification", "notification") == "notification is not stated" with input as good
}
