package dria.rules.privacy.special_category_basis_test

import data.dria.rules.privacy.special_category_basis as rule

base := {"spec": {
	"affected": {"people": 185000},
	"data": {
		"categories": ["identity", "health", "criminal-records"],
		"legalBasis": "GDPR Art 6(1)(e); Participation Act s.64",
	},
}}

test_fires_when_basis_names_no_condition if {
	some f in rule.findings with input as base
	contains(f.msg, "processes `health` data of 185,000 people")
	not contains(f.msg, "criminal-records")
	contains(f.msg, "`GDPR Art 6(1)(e); Participation Act s.64`")
	contains(f.msg, "such as GDPR Art 9(2))")
	not contains(f.msg, "specialCategoryConditions")
	f.paths == ["/spec/data/categories", "/spec/data/legalBasis", "/spec/data/specialCategoryConditions"]
}

test_fires_when_basis_denies_condition if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "Legitimate interests claimed (GDPR Art 6(1)(f)); no Art 9 condition identified",
	}])
}

test_fires_when_basis_absent if {
	some f in rule.findings with input as json.patch(base, [{"op": "remove", "path": "/spec/data/legalBasis"}])
	endswith(f.msg, "and no legal basis is stated")
}

test_quiet_with_art9_condition if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "GDPR Art 6(1)(e) and Art 9(2)(i); Health Act s.3",
	}])
}

# Descriptions in the first version of the format keep their assessment:
# the words "Art 10" (as in the Law Enforcement Directive's Art 10 on
# special categories) count as a condition.
test_quiet_with_art10_basis if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "Law Enforcement Directive transposition Art 10",
	}])
}

# A national exchange that states its conditions as structure, in its own
# words elsewhere, is not flagged for the words.
test_quiet_with_stated_conditions_whatever_the_words if {
	count(rule.findings) == 0 with input as json.patch(base, [
		{"op": "replace", "path": "/spec/data/legalBasis", "value": "Public Information Act; each register's statute"},
		{"op": "add", "path": "/spec/data/specialCategoryConditions", "value": ["health-or-social-care"]},
	])
}

test_fires_on_empty_conditions_whatever_the_words if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "replace", "path": "/spec/data/legalBasis", "value": "GDPR Art 6(1)(e) and Art 9(2)(h)"},
		{"op": "add", "path": "/spec/data/specialCategoryConditions", "value": []},
	])
	contains(f.msg, "processes `health` data of 185,000 people, and no condition")
	contains(f.msg, "(`specialCategoryConditions: []`)")
	f.paths == ["/spec/data/categories", "/spec/data/specialCategoryConditions"]
}

test_falls_back_to_the_words_when_conditions_are_not_given if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "add", "path": "/spec/data/lawfulBases", "value": ["public-task"]},
		{"op": "add", "path": "/spec/data/nationalLaw", "value": "Participation Act s.64"},
	])
	contains(f.msg, "names no condition for special-category data")
	endswith(f.msg, ", and `specialCategoryConditions` is not given")
}

test_names_both_structure_and_words_when_nothing_is_stated if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "remove", "path": "/spec/data/legalBasis"},
		{"op": "add", "path": "/spec/data/lawfulBases", "value": ["public-task"]},
	])
	contains(f.msg, "(neither `specialCategoryConditions` nor a legal basis in words)")
}

test_quiet_for_criminal_records_alone if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/categories",
		"value": ["identity", "criminal-records"],
	}])
}

test_not_applicable_without_special_categories if {
	not rule.applies with input as {"spec": {"data": {"categories": ["identity", "contact", "criminal-records"]}}}
}
