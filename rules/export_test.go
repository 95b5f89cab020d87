package rules

// CatalogText returns the generated catalog module of a set, for the
// tests of package rules_test.
func CatalogText(s *Set) string { return s.texts[catalogFile] }
