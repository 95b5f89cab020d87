package source

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parseOne(t *testing.T, name, text string) *Node {
	t.Helper()
	docs, err := Parse(name, []byte(text), Auto, Limits{})
	require.NoError(t, err)
	require.Len(t, docs, 1)
	return docs[0].Root
}

func TestParseYAMLPositionsAndTypes(t *testing.T) {
	root := parseOne(t, "a.yaml", `apiVersion: dria/v1
spec:
  affected:
    people: 1200
  data:
    retentionDays: +16
  ai:
    accuracy: {falsePositiveRate: 0.05}
  audits:
    - date: 2025-03-01
      published: true
  empty: ~
`)
	people, _, ok := root.Resolve("/spec/affected/people")
	require.True(t, ok)
	assert.Equal(t, Number, people.Kind)
	assert.Equal(t, "1200", people.Text)
	assert.Equal(t, Pos{4, 13}, people.Pos)
	assert.Equal(t, Pos{4, 5}, people.KeyPos)

	days, _, _ := root.Resolve("/spec/data/retentionDays")
	assert.Equal(t, "16", days.Text, "a leading + is dropped")

	date, _, _ := root.Resolve("/spec/audits/0/date")
	assert.Equal(t, String, date.Kind, "YAML timestamps stay strings")
	assert.Equal(t, "2025-03-01", date.Text)

	fpr, _, _ := root.Resolve("/spec/ai/accuracy/falsePositiveRate")
	assert.Equal(t, "0.05", fpr.Text)

	null, _, _ := root.Resolve("/spec/empty")
	assert.Equal(t, Null, null.Kind)
}

func TestResolveAbsentFallsBackToNearestParent(t *testing.T) {
	root := parseOne(t, "a.yaml", "spec:\n  decisions:\n    automation: full\n")
	n, at, exact := root.Resolve("/spec/decisions/humanReview/available")
	assert.False(t, exact)
	assert.Equal(t, "/spec/decisions", at)
	assert.Equal(t, 3, n.Pos.Line)

	n, at, exact = root.Resolve("/spec/decisions/automation/x")
	assert.False(t, exact)
	assert.Equal(t, "/spec/decisions/automation", at)
	assert.Equal(t, "full", n.Text)

	_, at, exact = root.Resolve("/nothing")
	assert.False(t, exact)
	assert.Equal(t, "", at)
}

func TestParseJSONPositions(t *testing.T) {
	root := parseOne(t, "a.json", "{\n  \"spec\": {\"affected\": {\"people\": 5, \"groups\": [\"children\", \"é\\u00e9\"]}},\n  \"x\": [true, false, null, -1.5e3]\n}")
	people, _, _ := root.Resolve("/spec/affected/people")
	assert.Equal(t, Pos{2, 35}, people.Pos)
	assert.Equal(t, Pos{2, 25}, people.KeyPos)
	g, _, _ := root.Resolve("/spec/affected/groups/1")
	assert.Equal(t, "éé", g.Text)
	assert.Equal(t, Pos{2, 61}, g.Pos)
	n, _, _ := root.Resolve("/x/3")
	assert.Equal(t, "-1.5e3", n.Text)

	wide := parseOne(t, "w.json", `{"é": 1, "b": 2}`)
	assert.Equal(t, Pos{1, 10}, wide.Get("b").KeyPos, "columns count characters, not bytes")
}

func TestMultiDocumentYAML(t *testing.T) {
	docs, err := Parse("m.yaml", []byte("a: 1\n---\na: 2\n---\n# only a comment\n"), Auto, Limits{})
	require.NoError(t, err)
	require.Len(t, docs, 2)
	assert.Equal(t, 1, docs[1].Index)
	assert.Equal(t, 3, docs[1].Root.Get("a").Pos.Line)
}

func TestMergeKeysAndAliases(t *testing.T) {
	root := parseOne(t, "a.yaml", `base: &b {kind: model, provider: In-house}
components:
  - <<: *b
    name: one
  - <<: *b
    name: two
    provider: Vendor
`)
	one, _, _ := root.Resolve("/components/0")
	assert.Equal(t, []string{"name", "kind", "provider"}, one.Keys)
	two, _, _ := root.Resolve("/components/1/provider")
	assert.Equal(t, "Vendor", two.Text, "explicit keys win over merged ones")
}

// TestBadInput checks that every kind of bad input gets a specific error
// naming the file, line and column.
func TestBadInput(t *testing.T) {
	deep := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	deepYAML := ""
	for i := range 80 {
		deepYAML += strings.Repeat("  ", i) + "a:\n"
	}
	cases := []struct {
		name, file, text, want string
	}{
		{"empty", "e.yaml", "", "e.yaml:1:1: file is empty: expected a system description"},
		{"only comments", "e.yaml", "# nothing\n---\n", "e.yaml:1:1: file is empty"},
		{"empty json", "e.json", "  \n", "e.json:1:1: file is empty"},
		{"yaml syntax", "s.yaml", "a: 1\nb: [1, 2\nc: 3\n", "s.yaml:2:1: YAML syntax error: did not find expected ',' or ']'"},
		{"tab indent", "t.yaml", "a:\n\tb: 1\n", "t.yaml:2:1: YAML syntax error: found character that cannot start any token (YAML does not allow tabs for indentation; use spaces)"},
		{"duplicate yaml key", "d.yaml", "spec:\n  data: {}\n  data: {}\n", `d.yaml:3:3: duplicate key "data" (first defined at line 2)`},
		{"duplicate json key", "d.json", "{\"a\": 1,\n \"a\": 2}", `d.json:2:2: duplicate key "a" (first defined at line 1)`},
		{"json trailing comma", "c.json", "{\"a\": [1, 2,]}", `c.json:1:13: trailing comma before "]"`},
		{"json unterminated", "u.json", "{\"a\": \"b", "u.json:1:9: unexpected end of file inside a string"},
		{"json bad literal", "l.json", "{\"a\": tru}", "l.json:1:7: unexpected character 't', expected a value"},
		{"json garbage after", "g.json", "{} {}", `g.json:1:4: unexpected character '{' after the end of the JSON value`},
		{"json leading zero", "z.json", "{\"a\": 012}", "z.json:1:7: invalid number: leading zeros are not allowed"},
		{"json huge number", "h.json", "{\"a\": 1e999}", "h.json:1:7: number 1e999 is too large: dria accepts numbers up to about 1.8e308 in size"},
		{"json newline in string", "n.json", "{\"a\": \"x\ny\"}", "n.json:1:9: line break inside a string"},
		{"invalid utf8", "i.yaml", "a: b\nc: \xff\n", "i.yaml:2:4: invalid UTF-8 (byte 0xFF); save the file as UTF-8"},
		{"nul byte", "b.yaml", "a: b\x00c", "b.yaml:1:5: file holds binary data (a NUL byte)"},
		{"utf16", "w.yaml", "\xff\xfea\x00", "w.yaml:1:1: file is UTF-16 encoded; save it as UTF-8"},
		{"deep json", "deep.json", deep, "deep.json:1:65: nesting is deeper than the limit of 64 levels"},
		{"deep yaml", "deep.yaml", deepYAML, "deep.yaml:65:129: nesting is deeper than the limit of 64 levels"},
		{"custom tag", "tag.yaml", "a: !Ref b\n", "tag.yaml:1:4: unsupported YAML tag !Ref"},
		{"infinity", "inf.yaml", "a: .inf\n", `inf.yaml:1:4: ".inf" is not a finite number (infinity and NaN are not accepted)`},
		{"minus infinity", "inf.yaml", "a: -.Inf\n", `inf.yaml:1:4: "-.Inf" is not a finite number (infinity and NaN are not accepted)`},
		{"complex key", "k.yaml", "? [a, b]\n: 1\n", "k.yaml:1:3: keys must be plain text, not a list or mapping"},
		{"unclosed flow at end", "f.yaml", "a: 1\nspec: [", "f.yaml:2:1: YAML syntax error: did not find expected node content"},
		{"unclosed flow mapping", "m.yaml", "x: 1\ny: {a: 1\n", "m.yaml:2:1: YAML syntax error: did not find expected ',' or '}'"},
		{"bad indentation", "i.yaml", "a: 1\nb: 2\n c: 3\n", "i.yaml:3:2: YAML syntax error: mapping values are not allowed in this context"},
		{"unknown alias", "al.yaml", "a: *nope\n", "al.yaml:1:4: YAML syntax error: unknown anchor 'nope' referenced"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.file, []byte(c.text), Auto, Limits{})
			require.Error(t, err)
			var pe *Error
			require.True(t, errors.As(err, &pe), "error is a located *Error: %v", err)
			assert.True(t, strings.HasPrefix(err.Error(), c.want), "got  %q\nwant %q...", err.Error(), c.want)
		})
	}
}

func TestSizeLimit(t *testing.T) {
	_, err := Parse("big.yaml", []byte("a: "+strings.Repeat("x", 2000)), Auto, Limits{MaxBytes: 1000})
	require.Error(t, err)
	assert.Equal(t, "big.yaml:1:1: file is larger than the limit of 1000 bytes", err.Error())
	assert.Equal(t, "x.yaml:1:1: file is larger than the limit of 10.0 MiB (it is 50.0 MiB)", tooLarge("x.yaml", 50<<20, 10<<20).Error())
}

// billionLaughs builds a YAML alias bomb of about 1 KiB whose full
// expansion would have 10^levels values.
func billionLaughs(levels int) string {
	var b strings.Builder
	b.WriteString(`a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]` + "\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [", i, i)
		for j := range 10 {
			if j > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func TestAliasBombIsRefusedWithoutExpanding(t *testing.T) {
	bomb := billionLaughs(9)
	require.Less(t, len(bomb), 1100)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Parse("bomb.yaml", []byte(bomb), Auto, Limits{})
	runtime.ReadMemStats(&after)
	require.Error(t, err)
	assert.Regexp(t, `^bomb\.yaml:[3-9]:\d+: `, err.Error(), "located at the alias that passes the cap")
	assert.Contains(t, err.Error(), "YAML aliases expand to more than 100000 values (an alias bomb?)")
	// A bound that only a real expansion would break (it would allocate
	// gigabytes); the time is measured in BenchmarkAliasBomb.
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(100<<20))
}

func TestModestAliasUseIsAccepted(t *testing.T) {
	_, err := Parse("ok.yaml", []byte(billionLaughs(3)), Auto, Limits{})
	require.NoError(t, err)
}

func TestUTF8BOMIsAccepted(t *testing.T) {
	root := parseOne(t, "bom.yaml", "\xEF\xBB\xBFa: 1\n")
	assert.Equal(t, Pos{1, 4}, root.Get("a").Pos)
}

func TestPointerEscaping(t *testing.T) {
	assert.Equal(t, "a~1b~0c", EscapePointerToken("a/b~c"))
	assert.Equal(t, "a/b~c", UnescapePointerToken("a~1b~0c"))
	root := parseOne(t, "a.json", `{"a/b": {"~": 1}}`)
	n, _, ok := root.Resolve("/a~1b/~0")
	require.True(t, ok)
	assert.Equal(t, "1", n.Text)
}

func BenchmarkAliasBomb(b *testing.B) {
	bomb := []byte(billionLaughs(9))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Parse("bomb.yaml", bomb, Auto, Limits{})
	}
}

var update = flag.Bool("update", false, "rewrite the expected errors (.err files) of testdata/bad")

// TestBadInputFiles parses every hostile input of testdata/bad: each must
// be refused with exactly the located error of its .err file (go test
// ./schema/source -run BadInputFiles -update rewrites them).
func TestBadInputFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "bad", "*"))
	require.NoError(t, err)
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".err") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			_, err = Parse(filepath.Base(path), data, Auto, Limits{})
			require.Error(t, err)
			var pe *Error
			require.True(t, errors.As(err, &pe), "error is a located *Error: %v", err)
			if *update {
				require.NoError(t, os.WriteFile(path+".err", []byte(err.Error()+"\n"), 0o644))
			}
			want, err2 := os.ReadFile(path + ".err")
			require.NoError(t, err2, "run go test ./schema/source -run BadInputFiles -update")
			assert.Equal(t, strings.TrimSuffix(string(want), "\n"), err.Error())
		})
	}
	assert.GreaterOrEqual(t, n, 25)
}
