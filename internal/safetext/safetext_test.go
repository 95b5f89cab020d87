package safetext

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInlineEscapesEverythingThatCouldForgeOrHideOutput(t *testing.T) {
	cases := map[string]string{
		"plain text, é and 中文":                      "plain text, é and 中文",
		"owner\ndria: all findings resolved":        `owner\ndria: all findings resolved`,
		"\x1b[2J\x1b]8;;https://evil\x07link":       `\x1b[2J\x1b]8;;https://evil\x07link`,
		"tab\there\rcarriage":                       `tab\there\rcarriage`,
		"bidi \u202eevil\u202c and \u2066iso\u2069": `bidi \u202eevil\u202c and \u2066iso\u2069`,
		"c1 \u009b31m":                              `c1 \u009b31m`,
		"bad \xff byte":                             `bad \xff byte`,
		"del \x7f":                                  `del \x7f`,
		"line\u2028sep":                             `line\u2028sep`,
	}
	for in, want := range cases {
		assert.Equal(t, want, Inline(in), "%q", in)
	}
}

func TestTextKeepsLinesAndTabs(t *testing.T) {
	assert.Equal(t, "a\n\tb \\x1b[31m", Text("a\n\tb \x1b[31m"))
}

func TestWriterEscapesAcrossSplitWrites(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	s := []byte("é\x1b[2J ok\n\u202e")
	for i := range s {
		_, err := w.Write(s[i : i+1])
		assert.NoError(t, err)
	}
	assert.NoError(t, w.Flush())
	assert.Equal(t, "é\\x1b[2J ok\n\\u202e", out.String())
}

func TestTruncateSaysHowMuchWasLeftOut(t *testing.T) {
	assert.Equal(t, "abc… (3 more characters)", Truncate("abcdef", 3))
	assert.Equal(t, "abc", Truncate("abc", 3))
}
