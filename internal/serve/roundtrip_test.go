package serve

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	yaml "go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/schema"
)

// saveEverySection opens every page of a file and saves it as the page
// shows it, as a person pressing "Save and continue" throughout would.
func saveEverySection(t *testing.T, ts *testServer, name string, change func(section string, v url.Values)) {
	t.Helper()
	for _, sec := range ts.srv.q.Sections {
		status, page := ts.get(t, editPath(name, sec.Slug))
		require.Equal(t, http.StatusOK, status, "%s %s: %s", name, sec.Slug, page)
		v := formValues(page)
		if change != nil {
			change(sec.Slug, v)
		}
		v.Set("action", "next")
		resp, body := ts.post(t, editPath(name, sec.Slug), v)
		require.Equal(t, http.StatusSeeOther, resp.StatusCode, "%s %s: %s", name, sec.Slug, body)
	}
}

// TestRoundTripKeepsEveryExampleByteForByte: every bundled example saved
// through every page unchanged stays byte-identical.
func TestRoundTripKeepsEveryExampleByteForByte(t *testing.T) {
	dir, names := copyExamples(t)
	ts := newTestServer(t, dir)
	for _, name := range names {
		before, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		saveEverySection(t, ts, name, nil)
		after, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		assert.Equal(t, string(before), string(after), name)
	}
}

// decoded is a file's content as plain values.
func decoded(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, yaml.Unmarshal(data, &v))
	return v
}

// commentLines are the comment lines of a file.
func commentLines(data []byte) []string {
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}

// TestRoundTripOfAChangeLosesNothing: changing one answer of each example
// changes that value only; every comment and field order stays; the only
// other difference in the text is the documented one (folded text, >, is
// written on one line); the file still validates and assesses the same.
func TestRoundTripOfAChangeLosesNothing(t *testing.T) {
	dir, names := copyExamples(t)
	ts := newTestServer(t, dir)
	a, err := assess.New(context.Background(), assess.WithRuleSet(builtinRules(t)), assess.WithClock(fixedClock))
	require.NoError(t, err)
	for _, name := range names {
		path := filepath.Join(dir, name)
		before, err := os.ReadFile(path)
		require.NoError(t, err)
		saveEverySection(t, ts, name, func(sec string, v url.Values) {
			if sec == "metadata" {
				v.Set("metadata.version", "9.9-workbench")
			}
		})
		after, err := os.ReadFile(path)
		require.NoError(t, err)
		want := decoded(t, before)
		want["metadata"].(map[string]any)["version"] = "9.9-workbench"
		assert.Equal(t, want, decoded(t, after), name)
		assert.Equal(t, commentLines(before), commentLines(after), "%s: comments", name)
		assert.Equal(t, topKeys(t, before), topKeys(t, after), "%s: field order", name)
		_, err = schema.LoadDescriptions(name, after)
		assert.NoError(t, err, name)
		r1, err := a.Assess(context.Background(), assess.Input{Path: name, Data: before})
		require.NoError(t, err)
		r2, err := a.Assess(context.Background(), assess.Input{Path: name, Data: after})
		require.NoError(t, err)
		assert.Equal(t, findingKeys(r1), findingKeys(r2), name)
		assertOnlyFoldedTextDiffers(t, name, before, after)
	}
}

// topKeys are the keys of metadata and spec in order.
func topKeys(t *testing.T, data []byte) []string {
	t.Helper()
	d, err := parseDocument(data)
	require.NoError(t, err)
	var out []string
	for _, p := range []string{"metadata", "spec"} {
		n := lookup(d.root, p)
		for i := 0; n != nil && i < len(n.Content); i += 2 {
			out = append(out, p+"."+n.Content[i].Value)
		}
	}
	return out
}

// findingKeys are an assessment's findings as rule, severity and
// evidence pointer, and its impact level.
func findingKeys(r *assess.Report) []string {
	var out []string
	for _, a := range r.Assessments {
		out = append(out, "impact "+string(a.Summary.ImpactLevel))
		for _, f := range a.Findings {
			out = append(out, f.RuleID+" "+string(f.Severity))
		}
	}
	return out
}

// assertOnlyFoldedTextDiffers checks that every line of the original is
// in the saved file, except the changed one and the lines of folded text.
func assertOnlyFoldedTextDiffers(t *testing.T, name string, before, after []byte) {
	t.Helper()
	have := map[string]bool{}
	for _, l := range strings.Split(string(after), "\n") {
		have[l] = true
	}
	inFolded, indent := false, 0
	for _, l := range strings.Split(string(before), "\n") {
		trimmed := strings.TrimLeft(l, " ")
		ind := len(l) - len(trimmed)
		if inFolded && (trimmed == "" || ind > indent) {
			continue
		}
		inFolded = strings.HasSuffix(trimmed, ": >") || strings.HasSuffix(trimmed, ": >-")
		indent = ind
		if inFolded || strings.HasPrefix(trimmed, "version:") {
			continue
		}
		assert.True(t, have[l], "%s: line %q was changed", name, l)
	}
}
