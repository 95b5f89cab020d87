package dria.rules.privacy.criminal_data_authority_test

import data.dria.rules.privacy.criminal_data_authority as rule

base := {"spec": {
	"affected": {"people": 185000},
	"data": {
		"categories": ["identity", "health", "criminal-records"],
		"legalBasis": "GDPR Art 6(1)(e); Participation Act s.64",
	},
}}

test_fires_when_basis_names_no_authority if {
	some f in rule.findings with input as base
	contains(f.msg, "processes `criminal-records` data of 185,000 people")
	contains(f.msg, "`GDPR Art 6(1)(e); Participation Act s.64` names no law or official authority")
	not contains(f.msg, "criminalDataAuthority")
	f.paths == ["/spec/data/categories", "/spec/data/criminalDataAuthority", "/spec/data/legalBasis"]
}

test_fires_when_nothing_is_stated if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/legalBasis"}])
	endswith(f.msg, "no legal basis or authority for criminal-offence data is stated")
}

test_quiet_with_stated_authority if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/criminalDataAuthority",
		"value": "Police Data Act s.16 (checks for the benefits agency)",
	}])
}

test_fires_on_blank_authority if {
	some f in rule.findings with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/criminalDataAuthority",
		"value": "  ",
	}])
	endswith(f.msg, "(`criminalDataAuthority` is blank)")
}

test_names_the_missing_field_when_bases_are_structured if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "add", "path": "/spec/data/lawfulBases", "value": ["public-task"]},
		{"op": "add", "path": "/spec/data/specialCategoryConditions", "value": ["employment-social-security"]},
	])
	endswith(f.msg, "(`criminalDataAuthority` is not given)")
}

# Descriptions in the first version of the format keep their assessment.
test_quiet_with_art10_in_words if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "GDPR Art 6(1)(c) and Art 10; Criminal Records Act s.4",
	}])
}

test_fires_when_words_deny_the_condition if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "GDPR Art 6(1)(f); no Art 10 authority identified",
	}])
}

test_not_applicable_without_criminal_records if {
	not rule.applies with input as {"spec": {"data": {"categories": ["health"]}}}
}
