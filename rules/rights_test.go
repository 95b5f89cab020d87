package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dria-project/dria/rules"
)

func TestRightsAreFresh(t *testing.T) {
	got := rules.Rights()
	assert.Len(t, got, 16)
	assert.Equal(t, "privacy", got[0])
	got[0] = "changed"
	assert.Equal(t, "privacy", rules.Rights()[0], "changing the returned slice changes nothing else")
}
