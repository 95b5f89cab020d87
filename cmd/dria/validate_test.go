package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dria-project/dria/schema"
)

// TestValidateGoesOnAfterAnInternalError checks that a fault while
// checking one file is reported with exit 3 and the other files are still
// checked.
func TestValidateGoesOnAfterAnInternalError(t *testing.T) {
	var stderr bytes.Buffer
	var checked []string
	code := checkEach(&stderr, []argFile{{path: "a.yaml"}, {path: "b.yaml"}}, func(f string) error {
		checked = append(checked, f)
		if f == "a.yaml" {
			return &schema.InternalError{File: f, Panic: "boom"}
		}
		return nil
	})
	assert.Equal(t, exitInternal, code)
	assert.Equal(t, []string{"a.yaml", "b.yaml"}, checked)
	assert.Contains(t, stderr.String(), "a.yaml: internal error while checking this file (please report it): boom")
}
