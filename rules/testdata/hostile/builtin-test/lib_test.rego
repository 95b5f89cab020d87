# A pack test in the package of the built-in library's tests.
package dria.rules.lib_test

test_nothing if true
