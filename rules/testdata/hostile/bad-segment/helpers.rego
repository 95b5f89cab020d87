# A module whose namespace segment is not lower-case.
package dria.rules.Acme.helpers

x := 1
