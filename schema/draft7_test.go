package schema

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema/source"
)

var updateDraft7 = flag.Bool("update-draft7", false, "rewrite the draft-07 renderings NAME.draft-07.schema.json from the schemas")

// TestDraft7FilesAreCurrent holds each checked-in draft-07 rendering, the
// file editors are pointed at, to what Draft7 makes of its schema now.
func TestDraft7FilesAreCurrent(t *testing.T) {
	for _, name := range Names() {
		want, err := Draft7(name)
		require.NoError(t, err, name)
		path := name + ".draft-07.schema.json"
		if *updateDraft7 {
			require.NoError(t, os.WriteFile(path, want, 0o644))
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err, "missing %s: run go test ./schema -run TestDraft7FilesAreCurrent -update-draft7", path)
		assert.True(t, bytes.Equal(want, got), "%s is not the rendering of %s.schema.json: run go test ./schema -run TestDraft7FilesAreCurrent -update-draft7", path, name)
	}
}

// compileDraft7 compiles the draft-07 rendering of a schema as a draft-07
// validator would: dria's formats are not known to it (they pass
// anything, "date" included), so only their patterns check them.
func compileDraft7(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	text, err := Draft7(name)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft7
	for format := range formatPatterns {
		c.Formats[format] = func(any) bool { return true }
	}
	c.LoadURL = func(s string) (io.ReadCloser, error) { return nil, fmt.Errorf("no loading of %s", s) }
	require.NoError(t, c.AddResource("draft7:"+name, bytes.NewReader(text)))
	compiled, err := c.Compile("draft7:" + name)
	require.NoError(t, err, "%s: the rendering must be a draft-07 schema (the compiler checks it against the draft-07 meta-schema)", name)
	return compiled
}

func TestDraft7RenderingsAreDraft07WithNothingOf2020(t *testing.T) {
	for _, name := range Names() {
		compileDraft7(t, name)
		text, err := Draft7(name)
		require.NoError(t, err)
		s := string(text)
		assert.True(t, strings.HasPrefix(s, "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"), name)
		assert.False(t, strings.Contains(s, `"$defs":`), "%s: no $defs keyword (a description may name it)", name)
		assert.False(t, strings.Contains(s, "json-schema.org/draft/2020-12"), "%s: no 2020-12 $schema", name)
		src, _ := JSON(name)
		assert.Equal(t, strings.Count(string(src), `"description":`), strings.Count(s, `"description":`), "%s: every description is kept", name)
	}
	text, _ := Draft7(Description)
	assert.Contains(t, string(text), `"$id": "https://dria.dev/schema/description/v1.draft-07.json",`)
	assert.Contains(t, string(text), "dria also checks what JSON Schema cannot say: that components have different names, mitigations different ids, and the systems of one file different metadata.name.")
}

// onlyDriaChecks are the files of testdata/bad whose mistake JSON Schema
// cannot express: dria's own checks find them, the draft-07 rendering
// cannot (its $comment says so).
var onlyDriaChecks = map[string]*regexp.Regexp{
	"duplicate-component-names.yaml": regexp.MustCompile(`is used twice \(items \d+ and \d+\); each name must be unique$`),
	"multi-document-same-name.yaml":  regexp.MustCompile(`is already used by document \d+ of this file; each system needs its own name$`),
}

// TestDraft7GivesDriasVerdict checks every bundled example, the sample and
// every hostile file of testdata/bad with dria and with the draft-07
// rendering in a draft-07 validator: a file dria's reader refuses (a
// syntax error, a duplicate key, an alias bomb, ...) never reaches a
// schema; every other file is valid for both or invalid for both, except
// the mistakes of onlyDriaChecks.
func TestDraft7GivesDriasVerdict(t *testing.T) {
	draft7 := compileDraft7(t, Description)
	files, err := filepath.Glob("../examples/systems/*.yaml")
	require.NoError(t, err)
	more, err := filepath.Glob("../testdata/sample/*.yaml")
	require.NoError(t, err)
	bad, err := filepath.Glob("../testdata/bad/*")
	require.NoError(t, err)
	var counts struct{ valid, invalid, refused int }
	for _, f := range append(append(files, more...), bad...) {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		_, driaErr := LoadDescriptions(f, data)
		docs, parseErr := source.Parse(f, data, source.Auto, source.Limits{})
		if parseErr != nil || len(docs) == 0 {
			counts.refused++
			assert.Error(t, driaErr, "%s: refused by the reader, so by dria", f)
			continue
		}
		var draft7Problems []string
		for _, d := range docs {
			if err := draft7.Validate(d.Root.Interface()); err != nil {
				draft7Problems = append(draft7Problems, err.Error())
			}
		}
		if want, ok := onlyDriaChecks[filepath.Base(f)]; ok {
			assert.Empty(t, draft7Problems, "%s: JSON Schema cannot find this mistake", f)
			assertEveryProblemMatches(t, f, driaErr, want)
			continue
		}
		if driaErr == nil {
			counts.valid++
			assert.Empty(t, draft7Problems, "%s: valid for dria, so for the draft-07 rendering", f)
		} else {
			counts.invalid++
			assert.NotEmpty(t, draft7Problems, "%s: invalid for dria (%v), so for the draft-07 rendering", f, driaErr)
		}
	}
	t.Logf("valid %d, invalid %d, refused by the reader %d", counts.valid, counts.invalid, counts.refused)
	assert.GreaterOrEqual(t, counts.valid, 13, "the examples and the sample")
	assert.GreaterOrEqual(t, counts.invalid, 15, "testdata/bad's schema mistakes")
	assert.GreaterOrEqual(t, counts.refused, 20, "testdata/bad's unreadable files")
}

func assertEveryProblemMatches(t *testing.T, file string, err error, want *regexp.Regexp) {
	t.Helper()
	var ve *ValidationError
	require.True(t, errors.As(err, &ve), "%s: dria must find the mistake: %v", file, err)
	for _, p := range ve.Problems {
		assert.Regexp(t, want, p.Message, file)
	}
}

// TestFormatPatternsAgreeWithTheChecks holds each format's pattern, which
// the draft-07 rendering carries, to dria's check of the format, over
// every month and day of years around each leap-year rule, every pair of
// letters, and language tags of every form.
func TestFormatPatternsAgreeWithTheChecks(t *testing.T) {
	agree := func(format string, check func(any) bool, values []string) {
		re := regexp.MustCompile(formatPatterns[format])
		for _, v := range values {
			if re.MatchString(v) != check(v) {
				t.Errorf("%s %q: the pattern says %v, dria's check %v", format, v, re.MatchString(v), check(v))
			}
		}
	}
	agree("date", isDate, dateCases())
	agree("country-code", isCountryCode, countryCases())
	agree("language-tag", isLanguageTag, languageCases())
}

func dateCases() []string {
	out := []string{"", "2025-1-01", "2025-01-1", "25-01-01", "2025/01/01", "2025-01-01T00:00:00Z", " 2025-01-01", "2025-01-01\n", "+2025-01-01", "２０２５-01-01", "20250101"}
	for _, year := range []string{"0000", "0001", "0004", "0100", "0400", "1582", "1900", "1996", "2000", "2024", "2025", "2100", "2400", "9996", "9999"} {
		for month := 0; month <= 13; month++ {
			for day := 0; day <= 32; day++ {
				out = append(out, fmt.Sprintf("%s-%02d-%02d", year, month, day))
			}
		}
	}
	return out
}

func countryCases() []string {
	out := []string{"", "D", "DEU", "de", "De", "XK", "EU", "UK", "KE ", "\u212AE"}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			out = append(out, string(a)+string(b), strings.ToLower(string(a)+string(b)))
		}
	}
	return out
}

func languageCases() []string {
	return []string{
		"en", "EN", "fr-CA", "sw", "de-CH-1901", "zh-Hant-TW", "sr-Latn-RS", "es-419", "zh-yue-HK", "sgn-BE-FR",
		"en-US-x-twain", "x-whatever", "X-private", "en-a-bbb-x-a-ccc", "hy-Latn-IT-arevela", "de-DE-u-co-phonebk",
		"i-klingon", "cmn", "abcd", "abcdefgh", "abcdefghi", "en_GB", "en-", "-en", "e", "en--US", "en-US-", "123",
		"en-x", "en-x-", "en-a", "x", "en-GB-oed", "ſw", "en-\u212Aa", "ﬁ", "en-US\n", "en US", "ｅｎ",
	}
}

func TestLanguageTagsAreASCII(t *testing.T) {
	// Go's case-insensitive matching folds the Kelvin sign (U+212A) into k
	// and the long s (U+017F) into s; a BCP 47 tag is ASCII.
	assert.False(t, isLanguageTag("ſw"))
	assert.False(t, isLanguageTag("en-\u212Aa"))
	assert.True(t, isLanguageTag("EN-gb"))
	problems := problemsOf(t, "l.yaml", "apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\nspec:\n  accessibility:\n    languages: [\"ſw\"]\n")
	assert.Equal(t, []string{`l.yaml:6:17: spec.accessibility.languages[0] must be a BCP 47 language tag, such as en, fr-CA or sw, got "ſw"`}, problems)
}

func TestDraft7RewritesReferencesAndRefusesWhatItCannotRender(t *testing.T) {
	render := func(text string) (string, error) {
		v, err := decodeOrdered([]byte(text))
		require.NoError(t, err)
		out, err := draft7Object(v.(*jsonObject), "")
		if err != nil {
			return "", err
		}
		var b strings.Builder
		writeOrderedJSON(&b, out, "")
		return strings.Join(strings.Fields(b.String()), " "), nil
	}
	cases := []struct{ in, want string }{
		{`{"$defs": {"a": {"type": "string"}}, "properties": {"x": {"$ref": "#/$defs/a"}}}`,
			`{ "definitions": { "a": { "type": "string" } }, "properties": { "x": { "$ref": "#/definitions/a" } } }`},
		{`{"items": {"$ref": "#/$defs/a", "description": "beside the ref", "maxLength": 3}}`,
			`{ "items": { "description": "beside the ref", "maxLength": 3, "allOf": [ { "$ref": "#/definitions/a" } ] } }`},
		{`{"$ref": "#/properties/$defs/properties/x", "allOf": [{"minLength": 1}]}`,
			`{ "allOf": [ { "$ref": "#/properties/$defs/properties/x" }, { "minLength": 1 } ] }`},
		{`{"type": "string", "format": "date", "pattern": "^2"}`,
			`{ "type": "string", "format": "date", "pattern": "^2", "allOf": [ { "pattern": "` + datePattern + `", "patternErrorMessage": "Must be a date written YYYY-MM-DD, such as 2025-03-31." } ] }`},
		{`{"type": "string", "format": "country-code"}`,
			`{ "type": "string", "format": "country-code", "pattern": "` + countryCodePattern + `", "patternErrorMessage": "Must be an upper-case ISO 3166-1 alpha-2 country code, such as DE, KE or BR." }`},
		{`{"type": "string", "pattern": "^[a-z]+$", "x-message": "must be lower-case letters"}`,
			`{ "type": "string", "pattern": "^[a-z]+$", "x-message": "must be lower-case letters", "patternErrorMessage": "Must be lower-case letters." }`},
		{`{"enum": [{"$ref": "data, not a schema"}], "x-message": "kept", "format": "email"}`,
			`{ "enum": [ { "$ref": "data, not a schema" } ], "x-message": "kept", "format": "email" }`},
		{`{"properties": {"format": {"const": "a<b&c"}}}`, `{ "properties": { "format": { "const": "a<b&c" } } }`},
	}
	for _, c := range cases {
		got, err := render(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
	refused := map[string]string{
		`{"properties": {"a": {"unevaluatedProperties": false}}}`: "/properties/a/unevaluatedProperties: keyword unevaluatedProperties has no draft-07 rendering known to mean the same (schema/draft7.go lists those it renders)",
		`{"prefixItems": [{"type": "string"}]}`:                   "/prefixItems: keyword prefixItems has no draft-07 rendering known to mean the same (schema/draft7.go lists those it renders)",
		`{"items": [{"type": "string"}]}`:                         "/items: a list of item schemas means something else in draft-07 (use prefixItems)",
		`{"$ref": "other.json#/x"}`:                               "/$ref: only references within the schema (#/...) can be rendered, found other.json#/x",
		`{"allOf": {"type": "string"}}`:                           "/allOf: must be a list of schemas",
		`{"not": "string"}`:                                       "/not: a schema must be an object or true or false",
		`{"$defs": {"a": {"$id": "#a"}}}`:                         "/$defs/a/$id: keyword $id has no draft-07 rendering known to mean the same (schema/draft7.go lists those it renders)",
	}
	for in, want := range refused {
		_, err := render(in)
		assert.EqualError(t, err, want, in)
	}
	_, err := Draft7("nope")
	assert.EqualError(t, err, `no schema named "nope" (known: description, waivers, rules, report, config, pack)`)
}

// TestExamplesPointEditorsAtTheDraft7Rendering checks the modeline of each
// bundled example: its first line names the draft-07 rendering of the
// description schema by a path relative to the file, which exists.
func TestExamplesPointEditorsAtTheDraft7Rendering(t *testing.T) {
	files, err := filepath.Glob("../examples/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	const modeline = "# yaml-language-server: $schema="
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		first, _, _ := strings.Cut(string(data), "\n")
		target, ok := strings.CutPrefix(first, modeline)
		if !assert.True(t, ok, "%s: the first line must be the modeline %s…", f, modeline) {
			continue
		}
		assert.Equal(t, "../../schema/description.draft-07.schema.json", target, f)
		rendering, err := os.ReadFile(filepath.Join(filepath.Dir(f), filepath.FromSlash(target)))
		require.NoError(t, err, f)
		want, _ := Draft7(Description)
		assert.True(t, bytes.Equal(want, rendering), "%s: the modeline must name the current rendering", f)
	}
}
