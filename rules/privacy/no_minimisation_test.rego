package dria.rules.privacy.no_minimisation_test

import data.dria.rules.privacy.no_minimisation as rule

base := {"spec": {
	"affected": {"people": 185000},
	"data": {
		"categories": ["health", "household"],
		"sources": ["public-authority", "data-linkage"],
		"minimisation": false,
	},
}}

test_fires_with_all_reasons if {
	some f in rule.findings with input as base
	contains(f.msg, "`minimisation: false`")
	contains(
		f.msg,
		concat(" ", [
			"although the system covers 185,000 people, links records from",
			"other databases (`data-linkage`) and processes `health` data",
		]),
	)
	contains(f.msg, "`data-linkage`")
	contains(f.msg, "185,000 people")
	f.paths == ["/spec/data/minimisation", "/spec/affected/people", "/spec/data/categories", "/spec/data/sources"]
}

test_fires_on_scale_alone if {
	some f in rule.findings with input as {"spec": {
		"affected": {"people": 95000000},
		"data": {"categories": ["contact"], "minimisation": false},
	}}
	f.paths == ["/spec/data/minimisation", "/spec/affected/people"]
}

test_quiet_when_minimised if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/minimisation",
		"value": true,
	}])
}

test_quiet_when_not_stated if {
	count(rule.findings) == 0 with input as json.patch(base, [{"op": "remove", "path": "/spec/data/minimisation"}])
}

test_quiet_small_ordinary_system if {
	count(rule.findings) == 0 with input as {"spec": {
		"affected": {"people": 2000},
		"data": {"categories": ["contact"], "sources": ["data-subject"], "minimisation": false},
	}}
}

test_not_applicable_without_data_section if {
	not rule.applies with input as {"spec": {"affected": {"people": 10}}}
}
