package dria.rules.sandboxtest.loop_test

import data.dria.rules.sandboxtest.loop

test_fires if {
	count(loop.findings) == 1 with input as {"spec": {"context": {"purpose": "x"}}}
}

test_loops if {
	count([x | some a in numbers.range(1, 3000); some b in numbers.range(1, 3000); some c in numbers.range(1, 3000); x := (a + b) + c]) > 0
}
