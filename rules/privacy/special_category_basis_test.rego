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
	contains(f.msg, "`criminal-records` and `health`")
	contains(f.msg, "185,000 people")
	contains(f.msg, "`GDPR Art 6(1)(e); Participation Act s.64`")
	f.paths == ["/spec/data/categories", "/spec/data/legalBasis"]
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
	contains(f.msg, "no legal basis is stated")
}

test_quiet_with_art9_condition if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "GDPR Art 6(1)(e) and Art 9(2)(i); Health Act s.3",
	}])
}

test_quiet_with_art10_basis if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "Law Enforcement Directive transposition Art 10",
	}])
}

test_not_applicable_without_sensitive_data if {
	not rule.applies with input as {"spec": {"data": {"categories": ["identity", "contact"]}}}
}
