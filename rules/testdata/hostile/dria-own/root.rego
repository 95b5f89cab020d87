# A pack module in package dria, the entry point.
package dria

main := {}
