# A pack module in dria's own package dria.catalog.
package dria.catalog

people := 0
