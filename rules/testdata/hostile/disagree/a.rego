# The first module: the pack namespace is taken from it.
package dria.rules.alpha.helpers

x := 1
