# A pack module in dria.rules itself, which holds every rule set.
package dria.rules

decisions := {}
