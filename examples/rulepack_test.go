package examples

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// tarDir packs a directory as a gzipped tarball, as users ship rule packs.
func tarDir(t *testing.T, dir string) string {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if err := tw.WriteHeader(&tar.Header{Name: filepath.ToSlash(rel), Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		_, err = tw.Write(data)
		return err
	}))
	require.NoError(t, tw.Close())
	require.NoError(t, gz.Close())
	out := filepath.Join(t.TempDir(), "pack.tar.gz")
	require.NoError(t, os.WriteFile(out, buf.Bytes(), 0o644))
	return out
}

func TestKenyaRulePackTestsPass(t *testing.T) {
	set, err := rules.Load(context.Background(), rules.WithoutBuiltins(), rules.WithTests(), rules.WithDir("rulepack"))
	require.Error(t, err, "the pack's override names a built-in rule, so it needs the built-in set")
	set, err = rules.Load(context.Background(), rules.WithTests(), rules.WithDir("rulepack"))
	require.NoError(t, err)
	rep, err := set.Test(context.Background())
	require.NoError(t, err)
	assert.True(t, rep.Passed())
	pack := 0
	for _, r := range rep.Rules {
		if r.Source == "rulepack" {
			pack++
			assert.True(t, r.Fires, r.ID)
		}
	}
	assert.GreaterOrEqual(t, pack, 5)
	assert.GreaterOrEqual(t, rep.CoverageOf("rulepack"), 80.0)
}

func TestKenyaRulePackFromDirectoryAndTarball(t *testing.T) {
	data, err := os.ReadFile("systems/national-digital-id.yaml")
	require.NoError(t, err)
	clock := assess.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) })
	for _, pack := range []string{"rulepack", tarDir(t, "rulepack")} {
		a, err := assess.New(context.Background(), clock, assess.WithRules(pack))
		require.NoError(t, err, pack)
		rep, err := a.Assess(context.Background(), assess.Input{Path: "national-digital-id.yaml", Data: data})
		require.NoError(t, err)
		ids := map[string]bool{}
		for _, f := range rep.Assessments[0].Findings {
			ids[f.RuleID] = true
		}
		assert.True(t, ids["KE-DPA-002"], "%s: the pack's findings are added", pack)
		require.Len(t, rep.Ruleset.Overrides, 1)
		o := rep.Ruleset.Overrides[0]
		assert.Equal(t, "DRIA-PRIV-002", o.Rule)
		assert.Equal(t, rules.Medium, o.PreviousSeverity)
		assert.Equal(t, rules.High, o.Severity)
	}
}

// The Kenya pack asks for facts of its own (extensionSchema in its
// pack.yaml); a description giving them under spec.extensions.kenya_dpa is
// validated against them and assessed by the pack's rules that read them,
// from the directory and from a tarball.
func TestKenyaPackReadsItsOwnFacts(t *testing.T) {
	const file = "rulepack/systems/county-health-records.yaml"
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	clock := assess.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) })
	for _, pack := range []string{"rulepack", tarDir(t, "rulepack")} {
		a, err := assess.New(context.Background(), clock, assess.WithRules(pack))
		require.NoError(t, err, pack)
		rep, err := a.Assess(context.Background(), assess.Input{Path: file, Data: data})
		require.NoError(t, err, pack)
		as := rep.Assessments[0]
		found := map[string]assess.Finding{}
		for _, f := range as.Findings {
			found[f.RuleID] = f
		}
		registration, ok := found["KE-DPA-006"]
		require.True(t, ok, "%s: registeredWithDataCommissioner: false is a finding", pack)
		assert.Contains(t, registration.Message, "(`registeredWithDataCommissioner: false`) yet processes the personal data of 850,000 people in Kenya")
		require.NotEmpty(t, registration.Evidence)
		assert.Equal(t, 57, registration.Evidence[0].Line, "located at the fact in the description")
		dpo, ok := found["KE-DPA-008"]
		require.True(t, ok, "%s: no officer for a public body's health data", pack)
		assert.Contains(t, dpo.Message, "for processing by a public body and sensitive personal data (health) in Kenya")
		assert.NotContains(t, found, "KE-DPA-007", "registration is stated")
		assert.Contains(t, as.NotApplicable, "KE-DPA-009", "no officer, so no contact to ask for")
	}
}

// Without the pack, the same description is refused at the extension's
// key, saying no pack is loaded.
func TestKenyaFactsNeedTheirPack(t *testing.T) {
	const file = "rulepack/systems/county-health-records.yaml"
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	a, err := assess.New(context.Background())
	require.NoError(t, err)
	_, err = a.Assess(context.Background(), assess.Input{Path: file, Data: data})
	assert.EqualError(t, err, file+`:55:5: spec.extensions.kenya_dpa: no loaded rule pack declares the extension "kenya_dpa"; no rule pack is loaded: add one with --rules`)
}

// A misspelt fact of the pack is located, with the pack's own field
// suggested.
func TestMisspeltKenyaFactIsLocated(t *testing.T) {
	const file = "rulepack/testdata/misspelt-extension.yaml"
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	a, err := assess.New(context.Background(), assess.WithRules("rulepack"))
	require.NoError(t, err)
	_, err = a.Assess(context.Background(), assess.Input{Path: file, Data: data})
	var invalid *schema.ValidationError
	require.True(t, errors.As(err, &invalid), "%v", err)
	assert.EqualError(t, err, file+`:15:7: unknown key "registeredWithDataCommisioner" in spec.extensions.kenya_dpa; did you mean "registeredWithDataCommissioner"?
`+file+`:18:9: unknown key "contacts" in spec.extensions.kenya_dpa.dataProtectionOfficer; did you mean "contact"?`)
}
