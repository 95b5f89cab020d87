package report

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// codeScanningSeverity is what GitHub code scanning shows for a result,
// as its documentation ("SARIF support for code scanning", the
// reportingDescriptor object) says: the security-severity of the result's
// rule descriptor translated to a band (over 9.0 critical, 7.0 to 8.9
// high, 4.0 to 6.9 medium, 0.1 to 3.9 low; 0.0 none), or, without one,
// the result's level.
func codeScanningSeverity(t *testing.T, desc sarifRule, res sarifResult) string {
	t.Helper()
	score, err := strconv.ParseFloat(desc.Properties.SecuritySeverity, 64)
	require.NoError(t, err)
	switch {
	case score >= 9.0:
		return "critical"
	case score >= 7.0:
		return "high"
	case score >= 4.0:
		return "medium"
	case score >= 0.1:
		return "low"
	}
	return res.Level
}

// TestSARIFCodeScanningShowsTheSeverityDriaComputed checks every result of
// every case: the descriptor it points to (by id and index) gives code
// scanning the band of the finding's severity, not of its rule's base
// severity, and its level is the finding's; info, which code scanning has
// no band for, shows as a note. The golden cases hold raised and lowered
// findings, which point to RULE-ID/SEVERITY descriptors.
func TestSARIFCodeScanningShowsTheSeverityDriaComputed(t *testing.T) {
	raised, lowered := 0, 0
	for _, c := range allCases(t) {
		r := caseReport(t, c)
		run := decodeSARIF(t, renderCase(t, "sarif", c)).Runs[0]
		i := 0
		for _, a := range r.Assessments {
			for _, f := range a.Findings {
				res := run.Results[i]
				i++
				desc := run.Tool.Driver.Rules[res.RuleIndex]
				require.Equal(t, res.RuleID, desc.ID, c.name)
				want := f.Severity.String()
				if f.Severity == rules.Info {
					want = "note"
				}
				assert.Equal(t, want, codeScanningSeverity(t, desc, res), "%s %s", c.name, f.RuleID)
				assert.Equal(t, sarifLevel(f.Severity), res.Level)
				assert.Equal(t, sarifLevel(f.Severity), desc.DefaultConfiguration.Level)
				if f.Severity == f.BaseSeverity {
					assert.Equal(t, f.RuleID, res.RuleID, "%s: a finding at its base severity keeps the rule id", c.name)
					continue
				}
				assert.Equal(t, f.RuleID+"/"+f.Severity.String(), res.RuleID, c.name)
				assert.Equal(t, f.RuleID, desc.Properties.BaseRule)
				assert.Equal(t, f.BaseSeverity, desc.Properties.BaseSeverity)
				assert.Equal(t, ruleName(f.RuleID, f.Title), desc.Name, "one name for all of a rule's descriptors, so code scanning filters them together")
				if f.Severity.Compare(f.BaseSeverity) > 0 {
					raised++
				} else {
					lowered++
				}
			}
		}
	}
	assert.Greater(t, raised, 10)
	assert.Greater(t, lowered, 10)
}

// TestSARIFHelpURIsAreTheCatalogueEntries checks that each built-in rule's
// descriptors link to the rule's entry in the catalogue dria rules doc
// writes (a heading's GitHub fragment), that a pack's rules link nowhere,
// and that WithRulesDocURL replaces or removes the link.
func TestSARIFHelpURIsAreTheCatalogueEntries(t *testing.T) {
	c := builtinCase(t, "welfare-risk-scoring")
	var catalog bytes.Buffer
	builtin := caseRules(t, c)
	require.NoError(t, WriteCatalog(&catalog, builtin))
	fragments := map[string]bool{}
	unescape := regexp.MustCompile(`\\(.)`)
	for _, l := range strings.Split(catalog.String(), "\n") {
		if h, ok := strings.CutPrefix(l, "#### "); ok {
			fragments[githubSlug(strings.ReplaceAll(unescape.ReplaceAllString(h, "$1"), "`", ""))] = true
		}
	}
	require.Len(t, fragments, len(builtin))
	run := decodeSARIF(t, renderCase(t, "sarif", c)).Runs[0]
	require.NotEmpty(t, run.Tool.Driver.Rules)
	for _, d := range run.Tool.Driver.Rules {
		base, frag, ok := strings.Cut(d.HelpURI, "#")
		require.True(t, ok, d.ID)
		assert.Equal(t, RulesDocURL, base)
		assert.True(t, fragments[frag], "%s: #%s is the fragment of a heading of the catalogue", d.ID, frag)
		assert.True(t, strings.HasPrefix(frag, strings.ToLower(baseRuleID(d.ID))+"--"), "%s: #%s", d.ID, frag)
	}

	r := caseReport(t, c)
	for _, tc := range []struct{ url, want string }{
		{"https://github.com/dria-project/dria/blob/v1.4.0/docs/rules.md", "https://github.com/dria-project/dria/blob/v1.4.0/docs/rules.md#"},
		{"", ""},
	} {
		var buf bytes.Buffer
		rn, err := ForFormat("sarif", WithRules(builtin), WithRulesDocURL(tc.url))
		require.NoError(t, err)
		require.NoError(t, rn.Render(&buf, r))
		for _, d := range decodeSARIF(t, buf.Bytes()).Runs[0].Tool.Driver.Rules {
			if tc.want == "" {
				assert.Empty(t, d.HelpURI)
			} else {
				assert.True(t, strings.HasPrefix(d.HelpURI, tc.want), d.HelpURI)
			}
		}
	}
}

// TestSARIFFromASubdirectory renders a report made in a subdirectory of a
// repository (source paths relative to it): artifact paths are relative
// to the repository root under %SRCROOT%, originalUriBaseIds sets
// %SRCROOT% to the root, the invocation records the working directory,
// and GitHub, GitLab and JUnit name the file as the repository does.
func TestSARIFFromASubdirectory(t *testing.T) {
	r := &assess.Report{ReportVersion: "1", Tool: assess.Tool{Name: "dria", Version: "1"},
		Ruleset: assess.Ruleset{Digest: goldenDigest, Rules: 1},
		Assessments: []assess.Assessment{{
			Source: assess.Source{Path: "welfare.yaml", Digest: "sha256:ab"}, System: assess.System{Name: "welfare"}, AssessedOn: "2026-01-01",
			Findings: []assess.Finding{{RuleID: "X-1", Title: "T", Severity: rules.High, BaseSeverity: rules.High, Message: "m",
				Evidence: []assess.Evidence{{Path: "/spec", Line: 7, Column: 3}}}},
			Passed: []string{}, NotApplicable: []string{},
		}}}
	opts := []Option{WithBaseDir("/work/repo/systems"), WithRepoRoot("/work/repo")}
	render := func(format string) []byte {
		rn, err := ForFormat(format, opts...)
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, rn.Render(&buf, r))
		return buf.Bytes()
	}
	data := render("sarif")
	require.NoError(t, validateSARIF(t, data))
	run := decodeSARIF(t, data).Runs[0]
	assert.Equal(t, map[string]sarifBaseURI{srcRoot: {URI: "file:///work/repo/", Description: run.OriginalURIBaseIDs[srcRoot].Description}}, run.OriginalURIBaseIDs)
	require.Len(t, run.Invocations, 1)
	assert.Equal(t, &sarifBaseURI{URI: "file:///work/repo/systems/"}, run.Invocations[0].WorkingDirectory)
	assert.True(t, run.Invocations[0].ExecutionSuccessful)
	loc := run.Results[0].Locations[0].PhysicalLocation
	assert.Equal(t, "systems/welfare.yaml", loc.ArtifactLocation.URI)
	assert.Equal(t, srcRoot, loc.ArtifactLocation.URIBaseID)
	assert.Equal(t, &sarifRegion{StartLine: 7, StartColumn: 3, EndLine: 7}, loc.Region)
	assert.Equal(t, "systems/welfare.yaml", run.Artifacts[0].Location.URI)
	assert.Nil(t, run.AutomationDetails, "no category unless asked: upload-sarif's would be ignored")

	contains(t, string(render("github")), "::error file=systems/welfare.yaml,line=7,col=3,")
	assert.Equal(t, "systems/welfare.yaml", decodeGitLab(t, render("gitlab"))[0].Location.Path)
	contains(t, string(render("junit")), `file="systems/welfare.yaml" line="7"`)
	contains(t, string(render("text")), "\nwelfare.yaml:7:3: high X-1 T — m\n", "text names files as given, for the terminal")
}

// TestSARIFCategory sets runAutomationDetails.id from WithCategory.
func TestSARIFCategory(t *testing.T) {
	for in, want := range map[string]string{"dria": "dria/", "dria/frontend/": "dria/frontend/", " my analysis ": "my analysis/"} {
		rn, err := ForFormat("sarif", WithCategory(in))
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, rn.Render(&buf, richReport(t)))
		run := decodeSARIF(t, buf.Bytes()).Runs[0]
		require.NotNil(t, run.AutomationDetails, in)
		assert.Equal(t, want, run.AutomationDetails.ID)
		assert.NoError(t, validateSARIF(t, buf.Bytes()))
	}
}

// TestOptionsCheckThemselves gives each option a bad value: ForFormat
// says what is wrong, and so does Render of a renderer built directly.
func TestOptionsCheckThemselves(t *testing.T) {
	for _, c := range []struct {
		opt  Option
		want string
	}{
		{WithRepoRoot(" "), "report: WithRepoRoot needs a directory"},
		{WithFailOn("severe"), `report: WithFailOn: "severe" is not a severity (want one of [info low medium high critical])`},
		{WithFailOn(""), `report: WithFailOn: "" is not a severity (want one of [info low medium high critical])`},
		{WithRulesDocURL("docs/rules.md"), `report: WithRulesDocURL: "docs/rules.md" is not an absolute http or https URL`},
		{WithRulesDocURL("javascript:alert(1)"), `report: WithRulesDocURL: "javascript:alert(1)" is not an absolute http or https URL`},
		{WithRulesDocURL("https://example.org/rules.md#top"), `report: WithRulesDocURL: "https://example.org/rules.md#top" has a fragment; the rule's anchor is added to it`},
		{WithRulesDocURL("https://exa mple.org/"), `report: WithRulesDocURL: "https://exa mple.org/" is not a URL: parse "https://exa mple.org/": invalid character " " in host name`},
		{WithCategory(" / "), "report: WithCategory needs a category, such as dria or dria/frontend"},
		{WithCategory("dria\x1b[2J"), `report: WithCategory: "dria\x1b[2J" may not hold control characters`},
	} {
		for _, format := range Formats() {
			_, err := ForFormat(format, c.opt)
			require.Error(t, err, format)
			assert.Equal(t, c.want, err.Error(), format)
		}
		for _, rn := range []Renderer{NewMarkdown(c.opt), NewHTML(c.opt), NewText(c.opt), NewSARIF(c.opt), NewJUnit(c.opt), NewGitHub(c.opt), NewGitLab(c.opt)} {
			var buf bytes.Buffer
			err := rn.Render(&buf, richReport(t))
			require.Error(t, err)
			assert.Equal(t, c.want, err.Error())
			assert.Zero(t, buf.Len(), "nothing half written")
		}
	}
}
