# A pack module in dria's own package dria.lib.
package dria.lib

people := 0
