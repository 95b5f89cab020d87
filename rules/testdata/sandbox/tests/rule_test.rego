package dria.rules.sandboxtest.tests_test

import data.dria.rules.sandboxtest.tests

test_fires if {
	count(tests.findings) == 1 with input as {"spec": {"context": {"purpose": "x"}}}
}

test_asks_for_gigabytes if {
	ten := concat("", ["aaaaaaaaaa" | some _ in numbers.range(1, 1000)])
	mega := concat("", [ten | some _ in numbers.range(1, 1000)])
	count(concat("", [mega | some _ in numbers.range(1, 400)])) > 0
}
