# A module in another namespace than the first one.
package dria.rules.beta.helpers

y := 2
