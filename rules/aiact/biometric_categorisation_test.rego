package dria.rules.aiact.biometric_categorisation_test

import data.dria.rules.aiact.biometric_categorisation as rule

base := {"spec": {
	"affected": {"people": 420000},
	"data": {"categories": ["biometric", "ethnicity", "religion", "nationality"]},
	"ai": {"used": true, "techniques": ["facial-recognition", "biometric-categorisation"]},
}}

test_fires_when_sensitive_traits_processed if {
	some f in rule.findings with input as base
	contains(f.msg, "`ethnicity` and `religion`")
	contains(f.msg, "420,000 people")
	contains(f.msg, "Art 5(1)(g)")
	f.paths == ["/spec/ai/techniques/1", "/spec/data/categories"]
}

test_fires_on_protected_attribute if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/data/categories", "value": ["biometric"]},
		{"op": "add", "path": "/spec/ai/protectedAttributes", "value": ["biometric", "sexual-orientation"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`sexual-orientation`")
	f.paths == ["/spec/ai/techniques/1", "/spec/ai/protectedAttributes/1"]
}

components := [
	{"name": "case-db", "kind": "database", "dataCategories": ["biometric", "religion", "ethnicity"]},
	{"name": "dialect-analysis", "kind": "third-party-api", "dataCategories": ["biometric", "ethnicity"]},
]

test_uses_components_that_process_biometrics if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/components", "value": components}])
	some f in rule.findings with input as inp
	contains(f.msg, "deals in `ethnicity`;")
	f.paths == ["/spec/ai/techniques/1", "/spec/components/1"]
}

test_quiet_when_traits_only_stored_in_a_database if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/components", "value": [components[0]]}])
	count(rule.findings) == 0 with input as inp
}

test_quiet_on_age_estimation if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/data/categories", "value": ["biometric", "children"]}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_categorisation if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["facial-recognition"],
	}])
}

test_fires_on_the_categorisation_function if {
	inp := json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai",
		"value": {"biometricFunctions": ["verification", "categorisation"]},
	}])
	some f in rule.findings with input as inp
	startswith(f.msg, "uses biometric categorisation (`biometricFunctions: categorisation`) on 420,000 people")
	f.paths == ["/spec/ai/biometricFunctions/1", "/spec/data/categories"]
}
