package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNamesAreFreshAndEachHasASchema(t *testing.T) {
	got := Names()
	assert.Equal(t, []string{Description, Waivers, Rules, Report, Config, Pack}, got)
	got[0] = "changed"
	assert.Equal(t, Description, Names()[0], "changing the returned slice changes nothing else")
	for _, n := range Names() {
		_, err := JSON(n)
		assert.NoError(t, err, n)
	}
}
