// Package examples holds runnable examples and the bundled system
// descriptions; its tests check what the built-in rules find in each.
package examples

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in systems/golden")

type example struct {
	name    string
	profile string
	as      assess.Assessment
}

func assessExamples(t *testing.T) []example {
	t.Helper()
	a, err := assess.New(context.Background(), assess.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))
	require.NoError(t, err)
	files, err := filepath.Glob("systems/*.yaml")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 10)
	var out []example
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		rep, err := a.Assess(context.Background(), assess.Input{Path: f, Data: data})
		require.NoError(t, err, f)
		docs, err := schema.LoadDescriptions(f, data)
		require.NoError(t, err)
		profile, _, _ := docs[0].Root.Resolve("/metadata/labels/expected-profile")
		ex := example{name: strings.TrimSuffix(filepath.Base(f), ".yaml"), as: rep.Assessments[0]}
		if profile != nil {
			ex.profile = profile.Text
		}
		out = append(out, ex)
	}
	return out
}

// TestExampleFindings compares the rule ids (and severities) each bundled
// description triggers with its golden file; go test ./examples -update
// rewrites them after a deliberate change to the rules.
func TestExampleFindings(t *testing.T) {
	for _, ex := range assessExamples(t) {
		var b bytes.Buffer
		fmt.Fprintf(&b, "# Rules %s triggers, with severity (go test ./examples -update rewrites this file).\n", ex.name)
		for _, f := range ex.as.Findings {
			fmt.Fprintf(&b, "%s %s\n", f.RuleID, f.Severity)
		}
		path := filepath.Join("systems", "golden", ex.name+".txt")
		if *update {
			require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "missing golden file: run go test ./examples -update")
		assert.Equal(t, string(want), b.String(), "%s: findings changed; if deliberate, run go test ./examples -update", ex.name)
	}
}

// TestExampleProfiles holds the examples to what their authors expect:
// rights-respecting systems do not drown in findings, harmful ones are
// rated high risk.
func TestExampleProfiles(t *testing.T) {
	for _, ex := range assessExamples(t) {
		s := ex.as.Summary
		switch ex.profile {
		case "rights-respecting":
			assert.LessOrEqual(t, s.Counts.High+s.Counts.Critical, 1, "%s: at most one high finding", ex.name)
			assert.Contains(t, []string{"low", "medium"}, s.ResidualRisk, ex.name)
		case "harmful":
			assert.Equal(t, "critical", s.InherentRisk, ex.name)
			assert.Contains(t, []string{"III", "IV"}, s.ImpactLevel, ex.name)
		case "":
			t.Errorf("%s has no metadata.labels.expected-profile", ex.name)
		}
	}
}
