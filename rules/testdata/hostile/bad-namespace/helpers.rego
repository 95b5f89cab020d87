package dria.rules.acme.helpers

x := 1
