# A pack module in dria's own package dria.engine.
package dria.engine

people := 0
