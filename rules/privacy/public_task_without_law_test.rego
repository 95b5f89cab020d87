package dria.rules.privacy.public_task_without_law_test

import data.dria.rules.privacy.public_task_without_law as rule

base := {"spec": {
	"affected": {"people": 60000},
	"data": {"categories": ["identity"], "lawfulBases": ["public-task"], "legalBasis": "GDPR Art 6(1)(e)"},
}}

test_fires_when_words_name_only_the_gdpr if {
	some f in rule.findings with input as base
	contains(f.msg, "data of 60,000 people rests on `public-task`, but no law is named")
	contains(f.msg, "the legal basis `GDPR Art 6(1)(e)` names no act or section")
	f.paths == ["/spec/data/lawfulBases", "/spec/data/nationalLaw", "/spec/data/legalBasis"]
}

test_fires_when_nothing_in_words if {
	some f in rule.findings with input as json.patch(base, [
		{"op": "remove", "path": "/spec/data/legalBasis"},
		{"op": "replace", "path": "/spec/data/lawfulBases", "value": ["legal-obligation", "public-task"]},
	])
	contains(f.msg, "`legal-obligation` and `public-task`")
	contains(f.msg, "and no legal basis in words is stated")
}

test_quiet_with_national_law if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/nationalLaw",
		"value": "Participation Act s.64",
	}])
}

test_quiet_when_words_name_the_act if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/legalBasis",
		"value": "GDPR Art 6(1)(e); Social Security Act section 12",
	}])
}

test_blank_national_law_names_nothing if {
	count(rule.findings) == 1 with input as json.patch(base, [{
		"op": "add",
		"path": "/spec/data/nationalLaw",
		"value": " ",
	}])
}

test_not_applicable_on_other_bases if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/lawfulBases",
		"value": ["contract"],
	}])
}
