package assess

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

func TestLineIndexBreaksAtEveryLineEnding(t *testing.T) {
	l := newLineIndex([]byte("\xEF\xBB\xBFone\r\ntwo\rthree\n\rfive"))
	for n, want := range []string{"", "one", "two", "three", "", "five", ""} {
		assert.Equal(t, want, l.line(n), "line %d", n)
	}
	assert.Equal(t, "", newLineIndex(nil).line(1))
	assert.Equal(t, "last", newLineIndex([]byte("a\nlast")).line(2))
	assert.Equal(t, "", newLineIndex([]byte("a\r")).line(2), "a file ending in CR has an empty last line")
}

// endings gives the LF form of data and its CRLF and CR variants.
func endings(data []byte) (lf, crlf, cr []byte) {
	lf = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	return lf, bytes.ReplaceAll(lf, []byte("\n"), []byte("\r\n")), bytes.ReplaceAll(lf, []byte("\n"), []byte("\r"))
}

// pointers lists the JSON pointer of every value of a tree.
func pointers(n *source.Node, at string, out []string) []string {
	out = append(out, at)
	for i, v := range n.Values {
		tok := strconv.Itoa(i)
		if n.Kind == source.Object {
			tok = source.EscapePointerToken(n.Keys[i])
		}
		out = pointers(v, at+"/"+tok, out)
	}
	return out
}

// sameWithEveryEnding checks that one file with LF, CRLF and CR line
// endings gives the same validation problems and the same evidence
// (position and quoted line) for every value.
func sameWithEveryEnding(t *testing.T, data []byte) {
	lf, crlf, cr := endings(data)
	type outcome struct {
		problems string
		evidence []Evidence
	}
	run := func(d []byte) outcome {
		var o outcome
		if _, err := schema.LoadDescriptions("f.yaml", d, schema.WithMaxBytes(1<<20)); err != nil {
			var ve *schema.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("not a validation error: %v", err)
			}
			o.problems = err.Error()
		}
		docs, err := source.Parse("f.yaml", d, source.Auto, source.Limits{MaxBytes: 1 << 20})
		if err != nil {
			return o
		}
		lines := newLineIndex(d)
		for _, doc := range docs {
			o.evidence = append(o.evidence, locate(doc, pointers(doc.Root, "", nil), lines, stringSet{})...)
		}
		return o
	}
	want := run(lf)
	for _, variant := range [][]byte{crlf, cr} {
		got := run(variant)
		if got.problems != want.problems {
			t.Fatalf("problems differ with %q endings:\n%s\nwant (LF):\n%s\ninput: %q", variant, got.problems, want.problems, lf)
		}
		if len(got.evidence) != len(want.evidence) {
			t.Fatalf("%d values, want %d; input %q", len(got.evidence), len(want.evidence), lf)
		}
		for i := range want.evidence {
			if got.evidence[i] != want.evidence[i] {
				t.Fatalf("evidence %+v, want %+v (LF); input %q", got.evidence[i], want.evidence[i], lf)
			}
		}
	}
}

func TestEvidenceIsTheSameWithEveryLineEnding(t *testing.T) {
	files, _ := filepath.Glob("../examples/systems/*.yaml")
	files = append(files, "../testdata/bad/cr-line-endings.yaml", "../schema/source/testdata/old-mac.yaml")
	require.Greater(t, len(files), 3)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		sameWithEveryEnding(t, data)
	}
	data, err := os.ReadFile("../schema/source/testdata/old-mac.yaml")
	require.NoError(t, err)
	docs, err := source.Parse("old-mac.yaml", data, source.Auto, source.Limits{})
	require.NoError(t, err)
	ev := locate(docs[0], []string{"/metadata/titl", "/spec/context/purpose/x"}, newLineIndex(data), stringSet{})
	assert.Equal(t, Evidence{Path: "/metadata/titl", Line: 6, Column: 3, Snippet: "titl: Old Mac"}, ev[0])
	assert.Equal(t, 9, ev[1].Line)
	assert.Equal(t, "purpose: |", ev[1].Snippet, "a lone-CR file's lines are quoted, not dropped")
}

// FuzzLineEndings checks that any file gives the same problems and the
// same evidence lines with LF, CRLF and lone CR line endings. Its seed
// corpus (the examples and testdata/fuzz/FuzzLineEndings) runs in plain
// go test.
func FuzzLineEndings(f *testing.F) {
	files, _ := filepath.Glob("../examples/systems/*.yaml")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("# c\rapiVersion: dria/v1\rkind: System\r"))
	f.Add([]byte("a: |\n  x\n\n  y\nb: 'p\n\n q'\nc: \"r\\\n  s\"\n"))
	f.Add([]byte("{\n\"a\": [1,\n2],\n\n\"b\": \"x\"}\n"))
	f.Add([]byte("a: 1\n---\nb: [1,\n  2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !strings.ContainsAny(string(data), "\r\n") {
			t.Skip("one line: nothing to compare")
		}
		sameWithEveryEnding(t, data)
	})
}
