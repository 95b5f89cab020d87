package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

var (
	sarifSchemaOnce sync.Once
	sarifSchema     *jsonschema.Schema
	sarifSchemaErr  error
)

// validateSARIF validates a log against the official SARIF 2.1.0 JSON
// Schema in testdata, with format assertions.
func validateSARIF(t testing.TB, data []byte) error {
	t.Helper()
	sarifSchemaOnce.Do(func() {
		f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
		if err != nil {
			sarifSchemaErr = err
			return
		}
		defer f.Close()
		c := jsonschema.NewCompiler()
		c.AssertFormat = true
		if sarifSchemaErr = c.AddResource("sarif-schema-2.1.0.json", f); sarifSchemaErr != nil {
			return
		}
		sarifSchema, sarifSchemaErr = c.Compile("sarif-schema-2.1.0.json")
	})
	require.NoError(t, sarifSchemaErr)
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	return sarifSchema.Validate(v)
}

// TestSARIFValidatesAgainstTheSARIFSchema validates every SARIF report
// the tests make (with waivers and with overrides among them), and one
// rendered without options.
func TestSARIFValidatesAgainstTheSARIFSchema(t *testing.T) {
	for _, c := range allCases(t) {
		assert.NoError(t, validateSARIF(t, renderCase(t, "sarif", c)), c.name)
	}
	var buf bytes.Buffer
	require.NoError(t, NewSARIF().Render(&buf, richReport(t)))
	assert.NoError(t, validateSARIF(t, buf.Bytes()), "without options")
}

// TestTheSchemaCatchesBadSARIF makes sure the validation above means
// something.
func TestTheSchemaCatchesBadSARIF(t *testing.T) {
	assert.Error(t, validateSARIF(t, []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}`)), "driver without name")
	assert.Error(t, validateSARIF(t, []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal"}]}]}`)), "bad level")
}

func decodeSARIF(t testing.TB, data []byte) sarifLog {
	t.Helper()
	var log sarifLog
	require.NoError(t, json.Unmarshal(data, &log))
	return log
}

// TestSARIFLocationsPointAtTheEvidence checks that each result's location is
// its first piece of evidence, that its related locations are all of it, and
// that the line they name in the source file holds the field the evidence
// names.
func TestSARIFLocationsPointAtTheEvidence(t *testing.T) {
	checked, golden := 0, 0
	for _, c := range allCases(t) {
		r := caseReport(t, c)
		log := decodeSARIF(t, renderCase(t, "sarif", c))
		require.Len(t, log.Runs, 1)
		run := log.Runs[0]
		i := 0
		for _, a := range r.Assessments {
			src, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(a.Source.Path)))
			require.NoError(t, err)
			lines := strings.Split(string(src), "\n")
			for _, f := range a.Findings {
				res := run.Results[i]
				i++
				assert.Equal(t, f.RuleID, baseRuleID(res.RuleID))
				assert.Equal(t, res.RuleID, run.Tool.Driver.Rules[res.RuleIndex].ID, "ruleIndex of %s", f.RuleID)
				require.Len(t, res.Locations, 1)
				loc := res.Locations[0].PhysicalLocation
				assert.Equal(t, a.Source.Path, loc.ArtifactLocation.URI)
				assert.Equal(t, srcRoot, loc.ArtifactLocation.URIBaseID)
				assert.Equal(t, a.Source.Path, run.Artifacts[*loc.ArtifactLocation.Index].Location.URI)
				if len(f.Evidence) == 0 {
					assert.Nil(t, loc.Region)
					continue
				}
				require.NotNil(t, loc.Region, f.RuleID)
				assert.Equal(t, f.Evidence[0].Line, loc.Region.StartLine, "%s %s", c.name, f.RuleID)
				assert.Equal(t, f.Evidence[0].Column, loc.Region.StartColumn, "%s %s", c.name, f.RuleID)
				require.Len(t, res.RelatedLocations, len(f.Evidence))
				for k, e := range f.Evidence {
					rel := res.RelatedLocations[k]
					assert.Equal(t, e.Line, rel.PhysicalLocation.Region.StartLine)
					assert.Equal(t, e.Column, rel.PhysicalLocation.Region.StartColumn)
					assert.Contains(t, rel.Message.Text, e.Path)
					field := e.Path
					if e.FoundAt != nil {
						field = *e.FoundAt
					}
					line := lines[e.Line-1]
					if key := lastKey(field); key != "" {
						assert.Contains(t, line, key+":", "%s %s: line %d should hold %s", c.name, f.RuleID, e.Line, field)
						assert.Equal(t, e.Column, strings.Index(line, key+":")+1, "%s %s: column of %s", c.name, f.RuleID, field)
					} else if field != "" {
						// A list item: the column is its value's, after "- " in a
						// block list, or after "[" or ", " in a flow list.
						before := strings.TrimRight(string([]rune(line)[:e.Column-1]), " ")
						assert.True(t, strings.HasSuffix(before, "-") || strings.HasSuffix(before, "[") || strings.HasSuffix(before, ","),
							"%s %s: line %d column %d should start the list item %s: %q", c.name, f.RuleID, e.Line, e.Column, field, line)
					}
					checked++
					if c.rules.key() != builtinRules.key() {
						golden++
					}
				}
			}
		}
		assert.Equal(t, i, len(run.Results), "one result per finding")
	}
	assert.Greater(t, checked, 500, "locations checked")
	assert.Greater(t, golden, 80, "locations checked in the golden cases")
}

// lastKey returns the last segment of a JSON pointer when it is a key (not
// an array index).
func lastKey(pointer string) string {
	seg := pointer[strings.LastIndex(pointer, "/")+1:]
	if _, err := strconv.Atoi(seg); err == nil {
		return ""
	}
	return strings.ReplaceAll(strings.ReplaceAll(seg, "~1", "/"), "~0", "~")
}

// TestSARIFFingerprintsSurviveEdits shifts every line of a description and
// expects the same fingerprints at new lines (and a result without a
// region to stay without one).
func TestSARIFFingerprintsSurviveEdits(t *testing.T) {
	in := input(t, richPath)
	shifted := in
	shifted.Data = append([]byte("# one\n# two\n# three\n"), in.Data...)
	a := assessorFor(t, testRules)
	r1, err := a.Assess(context.Background(), in)
	require.NoError(t, err)
	r2, err := a.Assess(context.Background(), shifted)
	require.NoError(t, err)
	l1, l2 := decodeSARIF(t, renderWith(t, "sarif", r1, a.Rules())), decodeSARIF(t, renderWith(t, "sarif", r2, a.Rules()))
	require.Equal(t, len(l1.Runs[0].Results), len(l2.Runs[0].Results))
	seen := map[string]bool{}
	for i, x := range l1.Runs[0].Results {
		y := l2.Runs[0].Results[i]
		fp := x.PartialFingerprints[FingerprintKey]
		assert.Len(t, fp, 32)
		assert.Equal(t, fp, y.PartialFingerprints[FingerprintKey])
		if x.Locations[0].PhysicalLocation.Region == nil {
			assert.Nil(t, y.Locations[0].PhysicalLocation.Region)
			continue
		}
		assert.Equal(t, x.Locations[0].PhysicalLocation.Region.StartLine+3, y.Locations[0].PhysicalLocation.Region.StartLine)
		assert.False(t, seen[fp], "fingerprint %s repeats", fp)
		seen[fp] = true
	}
}

// baseRuleID is the rule id of a result's rule id (RULE-ID or
// RULE-ID/SEVERITY).
func baseRuleID(id string) string {
	rule, _, _ := strings.Cut(id, "/")
	return rule
}

// TestSARIFRules checks the rule descriptors of the rich report: with the
// rule set, every rule with results in any system, described from its
// metadata; without it, described from the findings.
func TestSARIFRules(t *testing.T) {
	c := goldenCase(t, "rich")
	r := caseReport(t, c)

	// With the rule set: the rules with results, with their descriptions.
	log := decodeSARIF(t, renderCase(t, "sarif", c))
	rules := log.Runs[0].Tool.Driver.Rules
	withFindings, descriptors := map[string]bool{}, map[string]bool{}
	for _, a := range r.Assessments {
		for _, f := range a.Findings {
			withFindings[f.RuleID] = true
			descriptors[f.RuleID] = true
			if f.Severity != f.BaseSeverity {
				descriptors[f.RuleID+"/"+f.Severity.String()] = true
			}
		}
	}
	assert.Len(t, rules, len(descriptors), "a descriptor per rule with findings, and per computed severity other than its base")
	byID := map[string]sarifRule{}
	for i, ru := range rules {
		if i > 0 {
			assert.Less(t, rules[i-1].ID, ru.ID, "rules sorted by id")
		}
		byID[ru.ID] = ru
	}
	for _, meta := range caseRules(t, c) {
		ru, ok := byID[meta.ID]
		if !withFindings[meta.ID] {
			assert.False(t, ok, meta.ID)
			continue
		}
		assert.Equal(t, meta.Title, ru.ShortDescription.Text)
		assert.Equal(t, strings.Join(strings.Fields(meta.Description), " "), strings.Join(strings.Fields(ru.FullDescription.Text), " "))
		assert.Contains(t, ru.Help.Text, "What to do: ")
		assert.NotEmpty(t, ru.Name)
		assert.NotContains(t, ru.Name, " ")
		for _, right := range meta.Rights {
			assert.Contains(t, ru.Properties.Tags, right)
		}
		for _, ref := range meta.References {
			assert.Contains(t, ru.Help.Text, ref.String())
		}
		assert.Equal(t, securitySeverity(meta.Severity), ru.Properties.SecuritySeverity)
		assert.Equal(t, sarifLevel(meta.Severity), ru.DefaultConfiguration.Level)
		assert.Equal(t, meta.Likelihood, ru.Properties.Likelihood)
		assert.Empty(t, ru.HelpURI, "%s: a pack's rules are not in dria's catalogue", meta.ID)
	}

	// Without: the rules with findings, described from the findings.
	var buf bytes.Buffer
	require.NoError(t, NewSARIF().Render(&buf, r))
	log = decodeSARIF(t, buf.Bytes())
	assert.Len(t, log.Runs[0].Tool.Driver.Rules, len(descriptors))
	for _, res := range log.Runs[0].Results {
		ru := log.Runs[0].Tool.Driver.Rules[res.RuleIndex]
		assert.Equal(t, res.RuleID, ru.ID)
		assert.Contains(t, ru.Help.Markdown, "**What to do:**")
	}
	f := r.Assessments[0].Findings[0]
	assert.Equal(t, sarifLevel(f.Severity), log.Runs[0].Results[0].Level)
	assert.Equal(t, "SolelyAutomatedDecisionsWithLegalEffect", ruleName("X-1", "Solely automated decisions, with legal effect"))
	assert.Equal(t, "X1", ruleName("X-1", "—"))
}

func TestSARIFLevels(t *testing.T) {
	assert.Equal(t, "error", sarifLevel("critical"))
	assert.Equal(t, "error", sarifLevel("high"))
	assert.Equal(t, "warning", sarifLevel("medium"))
	assert.Equal(t, "note", sarifLevel("low"))
	assert.Equal(t, "note", sarifLevel("info"))
	assert.Equal(t, "9.5", securitySeverity("critical"))
	assert.Equal(t, "8.0", securitySeverity("high"))
}

// TestSARIFArtifactURIs checks how source paths become artifact
// locations: relative to the repository root under %SRCROOT% when inside
// it (relative paths resolved against the working directory), and
// absolute file URIs outside it.
func TestSARIFArtifactURIs(t *testing.T) {
	base, err := filepath.Abs("testdata")
	require.NoError(t, err)
	const rel, abs = srcRoot, ""
	for _, c := range []struct{ workDir, repoRoot, path, want, baseID string }{
		{"", "", "examples/systems/a.yaml", "examples/systems/a.yaml", rel},
		{"", "", "./examples/systems/a.yaml", "examples/systems/a.yaml", rel},
		{"", "", "examples//systems/./a.yaml", "examples/systems/a.yaml", rel},
		{"", "", "dir with space/a#1.yaml", "dir%20with%20space/a%231.yaml", rel},
		{"", "", "<stdin>", "%3Cstdin%3E", rel},
		{"", "", "../up/a.yaml", "../up/a.yaml", rel},
		{"", "", "c:d.yaml", "./c:d.yaml", rel},
		{"", "", "/abs/a b.yaml", "file:///abs/a%20b.yaml", abs},
		{base, "", filepath.Join(base, "systems", "a.yaml"), "systems/a.yaml", rel},
		{base, "", "systems/a.yaml", "systems/a.yaml", rel},
		{base, "", "/elsewhere/a.yaml", "file:///elsewhere/a.yaml", abs},
		// A run from a subdirectory of the repository: paths as the
		// repository names them.
		{"/repo/sub", "/repo", "a.yaml", "sub/a.yaml", rel},
		{"/repo/sub", "/repo", "../b.yaml", "b.yaml", rel},
		{"/repo/sub", "/repo", "deeper/../c.yaml", "sub/c.yaml", rel},
		{"/repo/sub", "/repo", "/repo/d.yaml", "d.yaml", rel},
		{"/repo/sub", "/repo", "../../outside.yaml", "file:///outside.yaml", abs},
		{"/repo/sub", "/repo", "/repository/e.yaml", "file:///repository/e.yaml", abs},
		{"", "/repo", "systems/f.yaml", "systems/f.yaml", rel},
	} {
		o := newOptions([]Option{WithBaseDir(c.workDir)})
		if c.repoRoot != "" {
			o = newOptions([]Option{WithBaseDir(c.workDir), WithRepoRoot(c.repoRoot)})
		}
		got := o.artifactLocation(c.path)
		assert.Equal(t, sarifArtifactLocation{URI: c.want, URIBaseID: c.baseID}, got, "work dir %q, root %q, path %q", c.workDir, c.repoRoot, c.path)
	}
}

// TestSARIFWaivedFindingsAreSuppressed checks the results of the rich
// report made with waivers: a waived finding is suppressed with its
// waiver, one whose waiver expired is marked so.
func TestSARIFWaivedFindingsAreSuppressed(t *testing.T) {
	r := richReport(t)
	log := decodeSARIF(t, renderCase(t, "sarif", goldenCase(t, "rich")))
	var findings []assess.Finding
	for _, a := range r.Assessments {
		findings = append(findings, a.Findings...)
	}
	require.Len(t, log.Runs[0].Results, len(findings))
	suppressed, expired := 0, 0
	for i, res := range log.Runs[0].Results {
		f := findings[i]
		assert.Equal(t, f.RuleID, baseRuleID(res.RuleID))
		if f.Waived {
			require.Len(t, res.Suppressions, 1)
			assert.Equal(t, "external", res.Suppressions[0].Kind)
			assert.Equal(t, "accepted", res.Suppressions[0].Status)
			assert.Contains(t, res.Suppressions[0].Justification, f.Waiver.Reason)
			assert.Contains(t, res.Suppressions[0].Justification, f.Waiver.Owner)
			suppressed++
		} else {
			assert.Empty(t, res.Suppressions)
		}
		assert.Equal(t, f.ExpiredWaiver != nil, res.Properties.WaiverExpired)
		if res.Properties.WaiverExpired {
			expired++
		}
	}
	assert.Equal(t, 1, suppressed)
	assert.Equal(t, 2, expired, "the expired waiver matched a finding of each system")
}

// TestSARIFKeepsHostileTextAsText checks that hostile strings arrive in
// SARIF as the same text (JSON escaping only).
func TestSARIFKeepsHostileTextAsText(t *testing.T) {
	for _, c := range []reportCase{goldenCase(t, "hostile"), builtinCase(t, "hostile")} {
		r := caseReport(t, c)
		raw := renderCase(t, "sarif", c)
		log := decodeSARIF(t, raw)
		found := false
		for _, res := range log.Runs[0].Results {
			if strings.Contains(res.Message.Text, "<script>alert('recipient')</script>") {
				found = true
			}
		}
		assert.True(t, found, c.name)
		assert.Equal(t, r.Assessments[0].System.Title, log.Runs[0].Properties.Systems[0].Title, c.name)
		assert.NotContains(t, string(raw), "<script>", "%s: JSON escapes < and > in strings", c.name)
	}
}
