# A pack helper in dria.rules.lib, beside the built-in library.
package dria.rules.lib.helpers

x := 1
