package dria.rules.lib_test

import data.dria.lib

test_fmt_int if {
	lib.fmt_int(0) == "0"
	lib.fmt_int(999) == "999"
	lib.fmt_int(1000) == "1,000"
	lib.fmt_int(300000) == "300,000"
	lib.fmt_int(12345678) == "12,345,678"
}

test_people_text if {
	lib.people_text == "185,000 people" with input as {"spec": {"affected": {"people": 185000}}}
	lib.people_text == "an unstated number of people" with input as {"spec": {}}
}

test_quote_all if {
	lib.quote_all({"b", "a"}) == "`a` and `b`"
	lib.quote_all(["c", "a", "b"]) == "`a`, `b` and `c`"
	lib.quote_all(["x"]) == "`x`"
	lib.quote_all([]) == "none"
}

test_absent_and_stated if {
	lib.absent(["spec", "decisions", "legalEffect"]) with input as {"spec": {}}
	lib.stated(["spec", "decisions", "legalEffect"]) with input as {"spec": {"decisions": {"legalEffect": false}}}
	not lib.absent(["spec", "decisions", "legalEffect"]) with input as {"spec": {"decisions": {"legalEffect": false}}}
}

test_days_since_uses_the_evaluation_clock if {
	# 2026-01-01T00:00:00Z
	lib.days_since("2025-01-01") == 365 with time.now_ns as 1767225600000000000
	lib.days_since("2027-01-01") == -365 with time.now_ns as 1767225600000000000
	lib.today == "2026-01-01" with time.now_ns as 1767225600000000000
}

test_days_since_handles_dates_outside_the_clock_range if {
	lib.days_since("2999-12-31") < 0
	lib.days_since("1066-10-14") > 100000
}

test_proxy_inputs if {
	p := lib.proxy_inputs with input as {"spec": {"ai": {"inputs": ["Nationality", "postcode", "income", "first name"]}}}
	p.Nationality == {"nationality or ethnic origin"}
	p.postcode == {"address or neighbourhood"}
	p["first name"] == {"name"}
	not p.income
}

test_may_have_legal_effect_unless_stated_false if {
	lib.may_have_legal_effect with input as {"spec": {}}
	lib.may_have_legal_effect with input as {"spec": {"decisions": {"legalEffect": true}}}
	not lib.may_have_legal_effect with input as {"spec": {"decisions": {"legalEffect": false}}}
}

test_may_process_personal_data_unless_stated_none if {
	lib.may_process_personal_data with input as {"spec": {}}
	lib.may_process_personal_data with input as {"spec": {"data": {"categories": ["contact"]}}}
	not lib.may_process_personal_data with input as {"spec": {"data": {"categories": []}}}
}

test_essential_services_count_civic_ones_only_for_public_bodies if {
	domains := {"context": {"domains": ["elections", "health", "advertising"]}}
	lib.essential_services == {"health"} with input as {"spec": domains}
	public := json.patch(domains, [{"op": "add", "path": "/context/sector", "value": "public"}])
	lib.essential_services == {"elections", "health"} with input as {"spec": public}
	lib.essential_services == set() with input as {"spec": {}}
}

test_children_paths if {
	both := {"affected": {"groups": ["children"]}, "data": {"categories": ["children", "contact"]}}
	lib.children_paths == ["/spec/affected/groups", "/spec/data/categories"] with input as {"spec": both}
	lib.children_paths == ["/spec/data/categories"] with input as {"spec": {"data": {"categories": ["children"]}}}
	lib.children_paths == [] with input as {"spec": {}}
}
