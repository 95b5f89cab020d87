package suggest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClosest(t *testing.T) {
	assert.Equal(t, "retentionDays", Closest("retentonDays", []string{"categories", "retentionDays"}))
	assert.Equal(t, "decisions", Closest("decisons", []string{"decisions", "data"}), "a transposition is one edit")
	assert.Equal(t, "retentionDays", Closest("RETENTIONDAYS", []string{"retentionDays"}), "case is ignored")
	assert.Equal(t, "", Closest("zzzzzz", []string{"decisions", "data"}), "nothing near enough")
	assert.Equal(t, "", Closest("x", nil))
	assert.Equal(t, "", Closest(strings.Repeat("a", 100000), []string{"a"}), "a long word far from every candidate is cheap and finds nothing")
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"a", "", 1}, {"kitten", "sitting", 3}, {"ab", "ba", 1}, {"décisions", "decisions", 1}} {
		assert.Equal(t, c.want, editDistance(c.a, c.b), "%q %q", c.a, c.b)
	}
}
