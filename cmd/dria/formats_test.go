package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/report"
)

// TestAssessEveryFormat renders the sample in each format.
func TestAssessEveryFormat(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	for format, check := range map[string]func(t *testing.T, out string){
		"json": func(t *testing.T, out string) {
			var v map[string]any
			require.NoError(t, json.Unmarshal([]byte(out), &v))
			assert.Equal(t, "1", v["reportVersion"])
		},
		"markdown": func(t *testing.T, out string) {
			assert.True(t, strings.HasPrefix(out, "# Digital-rights impact assessment\n"), out[:80])
			assert.Contains(t, out, "\n### Summary\n")
			assert.Contains(t, out, "\n### Action plan\n")
		},
		"html": func(t *testing.T, out string) {
			assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>\n<html lang=\"en\">"))
			assert.Contains(t, out, `<meta http-equiv="Content-Security-Policy"`)
			assert.Contains(t, out, `<h3 id="summary">Summary</h3>`)
			assert.NotContains(t, out, "<script")
		},
		"sarif": func(t *testing.T, out string) {
			var v struct {
				Version string
				Runs    []struct {
					Tool struct {
						Driver struct{ Name string }
					}
					Results []struct {
						RuleID    string
						Locations []struct {
							PhysicalLocation struct {
								ArtifactLocation struct{ URI string }
								Region           struct{ StartLine int }
							}
						}
					}
				}
			}
			require.NoError(t, json.Unmarshal([]byte(out), &v))
			assert.Equal(t, "2.1.0", v.Version)
			require.Len(t, v.Runs, 1)
			assert.Equal(t, "dria", v.Runs[0].Tool.Driver.Name)
			require.NotEmpty(t, v.Runs[0].Results)
			loc := v.Runs[0].Results[0].Locations[0].PhysicalLocation
			// Outside the working directory but inside the repository,
			// the path is relative to the repository root.
			assert.Equal(t, "testdata/sample/cv-screening-assistant.yaml", loc.ArtifactLocation.URI)
			assert.Greater(t, loc.Region.StartLine, 0)
		},
		"junit": func(t *testing.T, out string) {
			var v struct {
				XMLName xml.Name `xml:"testsuites"`
				Suites  []struct {
					Name     string `xml:"name,attr"`
					Failures int    `xml:"failures,attr"`
				} `xml:"testsuite"`
			}
			require.NoError(t, xml.Unmarshal([]byte(out), &v))
			require.Len(t, v.Suites, 1)
			assert.Greater(t, v.Suites[0].Failures, 0)
		},
	} {
		t.Run(format, func(t *testing.T) {
			r := dria(t, "assess", "--format", format, sample)
			require.Equal(t, 0, r.code, r.stderr)
			check(t, r.stdout)
			again := dria(t, "assess", "--format", format, sample)
			assert.Equal(t, r.stdout, again.stdout, "the same input and date give the same bytes")
		})
	}
}

// TestDefaultFormatIsJSONForPipelines: without --format, output that is
// not a terminal (a pipe, a buffer, a file) gets JSON, and a terminal
// text.
func TestDefaultFormatIsJSONForPipelines(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	r := dria(t, "assess", sample)
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, json.Valid([]byte(r.stdout)))
	assert.Equal(t, "json", defaultFormat(&bytes.Buffer{}, ""))
	assert.Equal(t, "json", defaultFormat(os.Stdout, "report.out"), "a report written to a file is JSON unless --format says otherwise")
	f, err := os.Create(filepath.Join(t.TempDir(), "not-a-terminal"))
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, "json", defaultFormat(f, ""))
	assert.Equal(t, "text", defaultFormat(&fakeTerminal{}, ""))
	assert.Equal(t, "json", defaultFormat(&fakeTerminal{}, "report.out"))
}

func TestFormatFlagNamesEveryFormat(t *testing.T) {
	help := dria(t, "assess", "--help").stdout
	names := report.Formats()
	require.Contains(t, names, "sarif")
	assert.Contains(t, help, "report format: "+strings.Join(names[:len(names)-1], ", ")+" or "+names[len(names)-1]+" (default text on a terminal, json otherwise)")
	r := dria(t, "assess", "--format", "pdf", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, fmt.Sprintf("dria: --format: unknown report format \"pdf\" (known: %v)\n", names), r.stderr)
	assert.Empty(t, r.stdout)
}

// TestAssessSeveralSystemsCompared: several descriptions give one report
// with a section per system and, for people, a comparison.
func TestAssessSeveralSystemsCompared(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	r := dria(t, "assess", "--format", "markdown", "../../report/testdata/systems/vendors")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "\n## Comparison\n")
	assert.Contains(t, r.stdout, "| Aspect | Housing support application triage \\(Vendor A answer\\) | Housing support application triage \\(Vendor B answer\\) | Housing support application triage \\(Vendor C answer\\) |\n")
	assert.Equal(t, 3, strings.Count(r.stdout, "\n### Summary\n"))

	r = dria(t, "assess", "--format", "junit", "../../report/testdata/systems/vendors/vendor-a.yaml", "../../report/testdata/systems/vendors/vendor-b.yaml")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, 2, strings.Count(r.stdout, "<testsuite "))
}

// TestSARIFPathsAreRelativeToTheWorkingDirectory gives an absolute path and
// expects a path relative to the working directory in SARIF.
func TestSARIFPathsAreRelativeToTheWorkingDirectory(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "systems"), 0o755))
	abs := filepath.Join(dir, "systems", "hiring.yaml")
	require.NoError(t, os.WriteFile(abs, data, 0o644))
	t.Chdir(dir)
	r := dria(t, "assess", "--format", "sarif", abs)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"uri": "systems/hiring.yaml"`)
	// The directory itself is named only as the run's working directory
	// and as %SRCROOT%, never in a finding's location.
	assert.Equal(t, 2, strings.Count(r.stdout, `"uri": "file://`+dir+`/"`))
	assert.Equal(t, 2, strings.Count(r.stdout, dir))
}

// TestEveryFormatWritesAtomically writes each format with --output and
// leaves no temporary file.
func TestEveryFormatWritesAtomically(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	for _, format := range []string{"json", "markdown", "html", "sarif", "junit"} {
		out := filepath.Join(dir, "report."+format)
		r := dria(t, "assess", "--format", format, "--output", out, sample)
		require.Equal(t, 0, r.code, r.stderr)
		assert.Empty(t, r.stdout)
		stdout := dria(t, "assess", "--format", format, sample).stdout
		data, err := os.ReadFile(out)
		require.NoError(t, err)
		assert.Equal(t, stdout, string(data), format)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 5, "no temporary file is left behind")
}
