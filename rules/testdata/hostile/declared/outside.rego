# A helper outside the namespace the pack declares.
package dria.rules.other.helpers

x := 1
