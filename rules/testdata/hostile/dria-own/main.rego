# A pack module in dria's own package dria.main.
package dria.main

people := 0
