# A pack test in a built-in family.
package dria.rules.decisions.solely_automated_test

test_nothing if true
