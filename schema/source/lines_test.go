package source

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withEndings rewrites the LF line endings of text as eol.
func withEndings(text, eol string) string { return strings.ReplaceAll(text, "\n", eol) }

// flatten lists every value of a tree with its position, so that two
// parses can be compared.
func flatten(n *Node, path string, out map[string]*Node) {
	out[path] = n
	for i, v := range n.Values {
		key := path + "/" + strconv.Itoa(i)
		if n.Kind == Object {
			key = path + "/" + n.Keys[i]
		}
		flatten(v, key, out)
	}
}

// TestLineEndingsGiveTheSamePositions parses the same files with LF, CRLF
// and lone CR endings: every value, position and key position is the same.
func TestLineEndingsGiveTheSamePositions(t *testing.T) {
	for _, path := range []string{"../../testdata/sample/cv-screening-assistant.yaml", "../../examples/systems/welfare-risk-scoring.yaml"} {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		lf := strings.ReplaceAll(string(data), "\r\n", "\n")
		want := map[string]*Node{}
		docs, err := Parse("f.yaml", []byte(lf), Auto, Limits{})
		require.NoError(t, err)
		flatten(docs[0].Root, "", want)
		for _, eol := range []string{"\r\n", "\r"} {
			docs, err := Parse("f.yaml", []byte(withEndings(lf, eol)), Auto, Limits{})
			require.NoError(t, err, "%s with %q", path, eol)
			got := map[string]*Node{}
			flatten(docs[0].Root, "", got)
			require.Len(t, got, len(want))
			for p, w := range want {
				g := got[p]
				require.NotNil(t, g, p)
				assert.Equal(t, w.Pos, g.Pos, "%s %s with %q", path, p, eol)
				assert.Equal(t, w.KeyPos, g.KeyPos, "%s %s with %q", path, p, eol)
				assert.Equal(t, w.Text, g.Text, "%s %s with %q", path, p, eol)
			}
		}
	}
	json := "{\n  \"a\": 1,\n\n  \"b\": [true,\n    \"x\"]\n}\n"
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		root := parseOne(t, "j.json", withEndings(json, eol))
		assert.Equal(t, Pos{5, 5}, root.Get("b").Values[1].Pos, "%q", eol)
		assert.Equal(t, Pos{4, 3}, root.Get("b").KeyPos, "%q", eol)
	}
}

// TestOldMacFile: a file with lone CR endings that starts with a comment
// is read (it used to be "empty"), at the positions of its lines.
func TestOldMacFile(t *testing.T) {
	data, err := os.ReadFile("testdata/old-mac.yaml")
	require.NoError(t, err)
	require.NotContains(t, string(data), "\n", "the file keeps its CR endings")
	docs, err := Parse("old-mac.yaml", data, Auto, Limits{})
	require.NoError(t, err)
	root := docs[0].Root
	assert.Equal(t, Pos{6, 3}, root.Get("metadata").Get("titl").KeyPos)
	purpose, _, _ := root.Resolve("/spec/context/purpose")
	assert.Equal(t, "Two lines\nof text\n", purpose.Text, "block text has LF line breaks")
}

// TestErrorsInCRFilesAreAtTheirLines: syntax, encoding and JSON errors are
// located as in the LF file.
func TestErrorsInCRFilesAreAtTheirLines(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"s.yaml", "a: 1\nb: [1, 2\nc: 3\n", "s.yaml:2:1: YAML syntax error: did not find expected ',' or ']'"},
		{"t.yaml", "a: 1\nb:\n\tc: 1\n", "t.yaml:3:1: YAML syntax error: found character that cannot start any token (YAML does not allow tabs for indentation; use spaces)"},
		{"u.yaml", "a: 1\n\nb: \xff\n", "u.yaml:3:4: invalid UTF-8 (byte 0xFF); save the file as UTF-8"},
		{"z.yaml", "a: 1\nb: x\x00\n", "z.yaml:2:5: file holds binary data (a NUL byte), not YAML or JSON text"},
		{"d.json", "{\n\"a\": 1,\n\n \"a\": 2}", `d.json:4:2: duplicate key "a" (first defined at line 2)`},
		{"n.json", "{\n\"a\":\n  0.5.}", `n.json:3:6: unexpected character '.', expected "," or "}"`},
	}
	for _, c := range cases {
		for _, eol := range []string{"\n", "\r\n", "\r"} {
			_, err := Parse(c.name, []byte(withEndings(c.text, eol)), Auto, Limits{})
			assert.EqualError(t, err, c.want, "%q", eol)
		}
	}
}

func TestPosAtCountsEveryLineEnding(t *testing.T) {
	data := []byte("ab\ncd\r\nef\rgé h")
	assert.Equal(t, Pos{1, 1}, PosAt(data, 0))
	assert.Equal(t, Pos{2, 2}, PosAt(data, 4))
	assert.Equal(t, Pos{3, 1}, PosAt(data, 7))
	assert.Equal(t, Pos{4, 1}, PosAt(data, 10))
	assert.Equal(t, Pos{4, 4}, PosAt(data, 14), "columns count characters")
	assert.Equal(t, Pos{4, 5}, PosAt(data, 100), "an offset past the end is the end")
}

// TestAnchorsWithinADocument: aliases to anchors of their own document
// keep working, also when a later document reuses the anchor name.
func TestAnchorsWithinADocument(t *testing.T) {
	docs, err := Parse("a.yaml", []byte("a: &x 1\nb: *x\n---\na: &x 2\nb: *x\n--- &r\nc: 3\n"), Auto, Limits{})
	require.NoError(t, err)
	require.Len(t, docs, 3)
	assert.Equal(t, "1", docs[0].Root.Get("b").Text)
	assert.Equal(t, "2", docs[1].Root.Get("b").Text)
	assert.Equal(t, "3", docs[2].Root.Get("c").Text)
}

func TestStandardTagsAreAccepted(t *testing.T) {
	root := parseOne(t, "t.yaml", "a: !!map {b: !!seq [1, !!str 2]}\n!!str k: !!null\n")
	b, _, ok := root.Resolve("/a/b/1")
	require.True(t, ok)
	assert.Equal(t, String, b.Kind)
	assert.Equal(t, Null, root.Get("k").Kind)
}
