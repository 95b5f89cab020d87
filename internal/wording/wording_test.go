package wording

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCount(t *testing.T) {
	assert.Equal(t, "1 entry", Count(1, "entry"))
	assert.Equal(t, "2 entries", Count(2, "entry"))
	assert.Equal(t, "0 keys", Count(0, "key"))
	assert.Equal(t, "3 header rows", Count(3, "header row"))
	assert.Equal(t, "1 more finding", Count(1, "more finding"))
	assert.Equal(t, "4 answers", Count(4, "answer"))
	assert.Equal(t, "2 ys", Count(2, "y"))
}
