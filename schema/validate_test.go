package schema

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func problemsOf(t *testing.T, file, text string) []string {
	t.Helper()
	_, err := LoadDescriptions(file, []byte(text))
	require.Error(t, err)
	var ve *ValidationError
	require.True(t, errors.As(err, &ve), "a *ValidationError: %v", err)
	out := make([]string, len(ve.Problems))
	for i, p := range ve.Problems {
		out[i] = p.String()
	}
	return out
}

func TestBundledExamplesAreValid(t *testing.T) {
	files, _ := filepath.Glob("../examples/systems/*.yaml")
	files = append(files, "../testdata/sample/cv-screening-assistant.yaml")
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		docs, err := LoadDescriptions(f, data)
		require.NoError(t, err, f)
		require.Len(t, docs, 1)
	}
}

func TestEveryProblemIsReportedAtItsPlace(t *testing.T) {
	got := problemsOf(t, "bad.yaml", `apiVersion: dria/v2
kind: System
metadata:
  name: Bad_Name
spec:
  data:
    retentonDays: 3
    transfers: [{country: us, safeguard: none}]
    categories: [health, health]
  decisions:
    automation: ful
  affected:
    people: lots
  accountability:
    impactAssessments:
      - {type: dpia, date: 2025-02-30}
  accessibility:
    languages: [en_GB]
  components:
    - {name: a, kind: model}
    - {name: a, kind: modle}
  mitigations:
    - {id: M-1, addresses: [privcy], description: x, status: done}
`)
	assert.Equal(t, []string{
		`bad.yaml:1:13: apiVersion must be "dria/v1", got "dria/v2"`,
		`bad.yaml:4:3: metadata is missing the required key "title"`,
		`bad.yaml:4:9: metadata.name must be a DNS-label slug: lower-case letters, digits and hyphens, starting and ending with a letter or digit, at most 63 characters, got "Bad_Name"`,
		`bad.yaml:7:5: unknown key "retentonDays" in spec.data; did you mean "retentionDays"?`,
		`bad.yaml:8:27: spec.data.transfers[0].country must be an upper-case ISO 3166-1 alpha-2 country code, such as DE, KE or BR, got "us"`,
		`bad.yaml:9:26: spec.data.categories lists "health" twice (items 1 and 2)`,
		`bad.yaml:11:17: "ful" is not an allowed value for spec.decisions.automation; allowed: none, assistive, partial, full (did you mean "full"?)`,
		`bad.yaml:13:13: spec.affected.people must be a whole number, got "lots"`,
		`bad.yaml:16:28: spec.accountability.impactAssessments[0].date must be a date written YYYY-MM-DD, such as 2025-03-31, got "2025-02-30"`,
		`bad.yaml:18:17: spec.accessibility.languages[0] must be a BCP 47 language tag, such as en, fr-CA or sw, got "en_GB"`,
		`bad.yaml:21:14: spec.components[1].name "a" is used twice (items 1 and 2); each name must be unique`,
		`bad.yaml:21:23: "modle" is not an allowed value for spec.components[1].kind; allowed: service, model, database, device, third-party-api, website, mobile-app, dataset (did you mean "model"?)`,
		`bad.yaml:23:29: spec.mitigations[0].addresses[0] must be a rule id such as DRIA-PRIV-004 or a right id such as privacy or non-discrimination, got "privcy"`,
		`bad.yaml:23:62: "done" is not an allowed value for spec.mitigations[0].status; allowed: planned, in-progress, implemented`,
	}, got)
}

func TestProblemsInJSON(t *testing.T) {
	got := problemsOf(t, "bad.json", `{
  "apiVersion": "dria/v1",
  "kind": "System",
  "metadata": {"name": "ok", "title": "OK", "colour": "red"},
  "spec": {"ai": {"used": "yes", "accuracy": {"falsePositiveRate": 1.5}}}
}`)
	assert.Equal(t, []string{
		`bad.json:4:45: unknown key "colour" in metadata; known keys: contact, description, labels, name, owner, title, version`,
		`bad.json:5:27: spec.ai.used must be true or false, got "yes"`,
		`bad.json:5:68: spec.ai.accuracy.falsePositiveRate must be at most 1, got 1.5`,
	}, got)
}

func TestDocumentShape(t *testing.T) {
	assert.Equal(t, []string{"list.json:1:1: a system description must be an object (a mapping of keys to values), found a list"},
		problemsOf(t, "list.json", `[{"apiVersion": "dria/v1"}]`))
	assert.Equal(t, []string{
		`s.yaml:1:1: the document is missing the required key "kind"`,
		`s.yaml:1:1: the document is missing the required key "metadata"`,
		`s.yaml:1:1: the document is missing the required key "spec"`,
	}, problemsOf(t, "s.yaml", "apiVersion: dria/v1\n"))
	assert.Equal(t, []string{"str.yaml:1:1: a system description must be an object (a mapping of keys to values), found a string"},
		problemsOf(t, "str.yaml", "just text\n"))
}

func TestSyntaxErrorsAreProblems(t *testing.T) {
	assert.Equal(t, []string{`dup.yaml:3:3: duplicate key "title" (first defined at line 2)`},
		problemsOf(t, "dup.yaml", "metadata:\n  title: a\n  title: b\n"))
}

func TestMultiDocumentNamesMustDiffer(t *testing.T) {
	doc := "apiVersion: dria/v1\nkind: System\nmetadata: {name: same, title: T}\nspec: {}\n"
	assert.Equal(t, []string{`m.yaml:8:18: metadata.name "same" is already used by document 1 of this file; each system needs its own name`},
		problemsOf(t, "m.yaml", doc+"---\n"+doc))
}

func TestOptionsValidateThemselves(t *testing.T) {
	_, err := LoadDescriptions("x.yaml", []byte("a: 1"), WithMaxBytes(-1))
	assert.EqualError(t, err, "schema: maximum file size must be positive, got -1")
	_, err = LoadDescriptions("x.yaml", []byte("a: 1"), WithMaxDepth(0))
	assert.EqualError(t, err, "schema: maximum depth must be positive, got 0")
	_, err = LoadDescriptions("x.yaml", []byte("a: [[1]]"), WithMaxDepth(2))
	assert.EqualError(t, err, "x.yaml:1:5: nesting is deeper than the limit of 2 levels")
	_, err = LoadDescriptions("x.yaml", []byte(strings.Repeat("a", 100)), WithMaxBytes(10))
	assert.EqualError(t, err, "x.yaml:1:1: file is larger than the limit of 10 bytes")
}

func TestEmbeddedSchemas(t *testing.T) {
	for _, name := range Names() {
		text, err := JSON(name)
		require.NoError(t, err, name)
		assert.True(t, strings.HasPrefix(string(text), "{"), name)
		_, err = ValidatorFor(name)
		require.NoError(t, err, name)
	}
	_, err := JSON("nope")
	assert.EqualError(t, err, `no schema named "nope" (known: description, waivers, rules, report, config, pack)`)
}

func TestFieldNameIsDotted(t *testing.T) {
	assert.Equal(t, "spec.data.transfers[0].country", fieldName("/spec/data/transfers/0/country"))
	assert.Equal(t, "the document", fieldName(""))
	assert.Equal(t, "metadata.labels.a/b", fieldName("/metadata/labels/a~1b"))
}

// TestUniqueKeysAreDeclaredInTheSchema checks that the lists whose items
// need a unique member are read from the schema's x-unique-key marks.
func TestUniqueKeysAreDeclaredInTheSchema(t *testing.T) {
	v, err := ValidatorFor(Description)
	require.NoError(t, err)
	assert.Equal(t, []uniqueKey{{"/spec/components", "name"}, {"/spec/mitigations", "id"}, {"/spec/notApplicable", "field"}}, v.uniqueKeys)
}
