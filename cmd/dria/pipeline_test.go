package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

// badBatch makes, in a new working directory, systems/ holding a valid
// description (a.yaml), an invalid one (b.yaml, three problems) and a
// named pipe (c.yaml); with missing.yaml the arguments name four files.
func badBatch(t *testing.T) []string {
	t.Helper()
	valid, err := os.ReadFile(sample)
	require.NoError(t, err)
	invalid, err := os.ReadFile("testdata/three-mistakes/system.yaml")
	require.NoError(t, err)
	t.Chdir(t.TempDir())
	require.NoError(t, os.Mkdir("systems", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("systems", "a.yaml"), valid, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join("systems", "b.yaml"), invalid, 0o644))
	mkfifo(t, filepath.Join("systems", "c.yaml"))
	return []string{"systems", "missing.yaml"}
}

// badBatchStderr is what dria prints for badBatch, in argument order.
const badBatchStderr = `systems/b.yaml:9:24: "migrnts" is not an allowed value for spec.affected.groups[1]; allowed: children, elderly, persons-with-disabilities, ethnic-minorities, religious-minorities, indigenous-peoples, migrants, refugees-asylum-seekers, low-income, women, lgbtiq, journalists, human-rights-defenders, activists, political-candidates, voters, workers, patients, students, detainees, jobseekers, unemployed, single-parents, people-with-migration-background, benefit-claimants, gig-workers, homeless (did you mean "migrants"?)
systems/b.yaml:12:18: spec.decisions.legalEffect must be true or false, got "yes"
systems/b.yaml:15:5: unknown key "retentonDays" in spec.data; did you mean "retentionDays"?
dria: systems/c.yaml: is a named pipe (FIFO), not a regular file
dria: missing.yaml: no such file or directory
`

// TestBatchReportNamesEveryFileThatWasNotAssessed: with an invalid file,
// a named pipe and a missing file among the arguments, dria exits 2, says
// why for each on standard error, and still writes the report of the
// valid one, listing the three others with why, in every format.
func TestBatchReportNamesEveryFileThatWasNotAssessed(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	args := badBatch(t)

	r := driaReturns(t, append([]string{"assess", "--format", "json"}, args...)...)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, badBatchStderr, r.stderr)
	var rep assess.Report
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	require.Len(t, rep.Assessments, 1)
	assert.Equal(t, "systems/a.yaml", rep.Assessments[0].Source.Path)
	require.Len(t, rep.Errors, 3)
	assert.Equal(t, assess.InputFailure{Path: "systems/c.yaml", Kind: assess.KindInvalidInput, Message: "is a named pipe (FIFO), not a regular file"}, rep.Errors[1])
	assert.Equal(t, assess.InputFailure{Path: "missing.yaml", Kind: assess.KindInvalidInput, Message: "no such file or directory"}, rep.Errors[2])
	assert.Equal(t, "systems/b.yaml", rep.Errors[0].Path)
	assert.Equal(t, "the description is not valid (3 problems)", rep.Errors[0].Message)
	assert.Len(t, rep.Errors[0].Problems, 3)

	r = driaReturns(t, append([]string{"assess", "--format", "sarif"}, args...)...)
	assert.Equal(t, 2, r.code)
	var sarif struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &sarif))
	inv := sarif.Runs[0].Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	var notes []string
	for _, n := range inv.ToolExecutionNotifications {
		notes = append(notes, n.Level+": "+n.Message.Text)
	}
	assert.Equal(t, []string{
		"error: systems/b.yaml could not be assessed (invalid input): the description is not valid (3 problems)",
		"error: systems/c.yaml could not be assessed (invalid input): is a named pipe (FIFO), not a regular file",
		"error: missing.yaml could not be assessed (invalid input): no such file or directory",
	}, notes)

	r = driaReturns(t, append([]string{"assess", "--format", "junit"}, args...)...)
	assert.Equal(t, 2, r.code)
	var junit struct {
		Suites []struct {
			Name   string `xml:"name,attr"`
			Errors int    `xml:"errors,attr"`
			Cases  []struct {
				Name  string `xml:"name,attr"`
				File  string `xml:"file,attr"`
				Error *struct {
					Message string `xml:"message,attr"`
				} `xml:"error"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal([]byte(r.stdout), &junit))
	require.Len(t, junit.Suites, 2)
	failed := junit.Suites[1]
	assert.Equal(t, "dria: Files that could not be assessed", failed.Name)
	assert.Equal(t, 3, failed.Errors)
	var cases []string
	for _, c := range failed.Cases {
		require.NotNil(t, c.Error, c.Name)
		cases = append(cases, c.File+": "+c.Error.Message)
	}
	assert.Equal(t, []string{
		"systems/b.yaml: systems/b.yaml could not be assessed (invalid input): the description is not valid (3 problems)",
		"systems/c.yaml: systems/c.yaml could not be assessed (invalid input): is a named pipe (FIFO), not a regular file",
		"missing.yaml: missing.yaml could not be assessed (invalid input): no such file or directory",
	}, cases)
}

// TestReportWithNothingAssessed: when no file could be read, the report
// still says so (exit 2).
func TestReportWithNothingAssessed(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.Mkdir(empty, 0o755))
	r := dria(t, "assess", "--format", "json", filepath.Join(dir, "missing.yaml"), empty)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: "+dir+"/missing.yaml: no such file or directory\ndria: "+empty+": no .yaml, .yml or .json files in this directory\n", r.stderr)
	var rep assess.Report
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	assert.Empty(t, rep.Assessments)
	assert.Equal(t, []assess.InputFailure{
		{Path: dir + "/missing.yaml", Kind: assess.KindInvalidInput, Message: "no such file or directory"},
		{Path: empty, Kind: assess.KindInvalidInput, Message: "no .yaml, .yml or .json files in this directory"},
	}, rep.Errors)
}

// repository makes a repository in a new directory (.git a directory, or
// a file as in a worktree) with systems/hiring.yaml and an empty
// subdirectory docs/, and runs the test from docs/.
func repository(t *testing.T, description []byte, gitFile bool) string {
	t.Helper()
	root := t.TempDir()
	if gitFile {
		require.NoError(t, os.WriteFile(filepath.Join(root, ".git"), []byte("gitdir: /elsewhere/.git/worktrees/x\n"), 0o644))
	} else {
		require.NoError(t, os.Mkdir(filepath.Join(root, ".git"), 0o755))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(root, "systems"), 0o755))
	require.NoError(t, os.Mkdir(filepath.Join(root, "docs"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "systems", "hiring.yaml"), description, 0o644))
	t.Chdir(filepath.Join(root, "docs"))
	return root
}

// TestRunFromASubdirectoryNamesFilesFromTheRepositoryRoot: run from a
// subdirectory of a repository, SARIF, JUnit, GitHub and GitLab reports
// locate the file as the repository names it.
func TestRunFromASubdirectoryNamesFilesFromTheRepositoryRoot(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	description, err := os.ReadFile(sample)
	require.NoError(t, err)
	for _, gitFile := range []bool{false, true} {
		root := repository(t, description, gitFile)
		for format, want := range map[string]string{
			"sarif":  `"uri": "systems/hiring.yaml"`,
			"junit":  `classname="dria.cv-screening-assistant" time="0" file="systems/hiring.yaml" line="56"`,
			"github": "\n::warning file=systems/hiring.yaml,line=56,col=5,title=DRIA-ACC-003 (medium)",
			"gitlab": `"path": "systems/hiring.yaml"`,
		} {
			r := dria(t, "assess", "--format", format, "../systems/hiring.yaml")
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, want, "%s, .git file %v", format, gitFile)
		}
		r := dria(t, "assess", "--format", "sarif", "../systems/hiring.yaml")
		assert.NotContains(t, r.stdout, `"uri": "../systems`)
		assert.Contains(t, r.stdout, `"uri": "file://`+root+`/"`, "%%SRCROOT%% is the repository root")
	}
}

// TestRepoRoot: the nearest directory holding .git, or none.
func TestRepoRoot(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	assert.Equal(t, "", repoRoot(deep))
	require.NoError(t, os.Mkdir(filepath.Join(root, ".git"), 0o755))
	assert.Equal(t, root, repoRoot(deep))
	assert.Equal(t, root, repoRoot(root))
	require.NoError(t, os.WriteFile(filepath.Join(root, "a", ".git"), []byte("gitdir: x\n"), 0o644))
	assert.Equal(t, filepath.Join(root, "a"), repoRoot(deep), "a worktree's .git file")
	assert.Equal(t, "", repoRoot(""))
}

// TestSARIFCategory: --sarif-category sets automationDetails.id; it
// applies only to SARIF, and a category with a control character is
// refused before anything runs.
func TestSARIFCategory(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	r := dria(t, "assess", "--format", "sarif", "--sarif-category", "dria/hr", sample)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "\"automationDetails\": {\n        \"id\": \"dria/hr/\"\n      }")
	plain := dria(t, "assess", "--format", "sarif", sample)
	assert.NotContains(t, plain.stdout, "automationDetails")

	r = dria(t, "assess", "--format", "json", "--sarif-category", "dria", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --sarif-category applies only to the sarif format, not json\n", r.stderr)
	assert.Empty(t, r.stdout)

	r = dria(t, "assess", "--format", "sarif", "--sarif-category", "dria\n::error::forged", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, `dria: WithCategory: "dria\n::error::forged" may not hold control characters`+"\n", r.stderr)
	assert.Empty(t, r.stdout)
}

// TestJUnitAgreesWithFailOn: with --fail-on high, only the rules with a
// high or critical finding fail in JUnit, as only they fail the run.
func TestJUnitAgreesWithFailOn(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	failures := func(args ...string) (int, int) {
		r := dria(t, append([]string{"assess", "--format", "junit"}, args...)...)
		var v struct {
			Suites []struct {
				Failures int `xml:"failures,attr"`
			} `xml:"testsuite"`
		}
		require.NoError(t, xml.Unmarshal([]byte(r.stdout), &v))
		require.Len(t, v.Suites, 1)
		return v.Suites[0].Failures, r.code
	}
	all, code := failures(sample)
	assert.Equal(t, 0, code)
	high, code := failures("--fail-on", "high", sample)
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, high, "the one high finding, DRIA-REM-005")
	assert.Greater(t, all, high)
	critical, code := failures("--fail-on", "critical", sample)
	assert.Equal(t, 0, code)
	assert.Equal(t, 0, critical)
}

// TestQuiet: assess --quiet leaves out notes about waivers but keeps a
// rule pack's override of a built-in rule; validate --quiet prints only
// problems.
func TestQuiet(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	r := dria(t, "assess", "--quiet", "--format", "json", "--waivers", "testdata/terminal/waivers.yaml", sample)
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	r = dria(t, "assess", "--format", "json", "--waivers", "testdata/terminal/waivers.yaml", sample)
	assert.Contains(t, r.stderr, "matched no finding (stale)")

	r = dria(t, "assess", "-q", "--format", "json", "--rules", "testdata/terminal/pack", sample)
	assert.Equal(t, 0, r.code)
	assert.True(t, strings.HasPrefix(r.stderr, "dria: pack terminal-tricks changes the base severity of DRIA-PRIV-002 from medium to high: "), r.stderr)

	r = dria(t, "validate", "--quiet", sample, "testdata/three-mistakes/system.yaml")
	assert.Equal(t, 2, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, 3, strings.Count(r.stderr, "testdata/three-mistakes/system.yaml:"))
	r = dria(t, "validate", "-q", sample)
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stdout)
	assert.Empty(t, r.stderr)
}

// TestVersionFlag: dria --version prints what dria version does.
func TestVersionFlag(t *testing.T) {
	want := dria(t, "version")
	require.Equal(t, 0, want.code)
	assert.Regexp(t, `^dria \S+\n$`, want.stdout)
	for _, flag := range []string{"--version", "-v"} {
		r := dria(t, flag)
		assert.Equal(t, 0, r.code, flag)
		assert.Equal(t, want.stdout, r.stdout, flag)
		assert.Empty(t, r.stderr, flag)
	}
}

// unassessed reads a JSON report that assesses nothing and returns the
// inputs it lists as not assessed.
func unassessed(t *testing.T, stdout string) []assess.InputFailure {
	t.Helper()
	var rep assess.Report
	require.NoError(t, json.Unmarshal([]byte(stdout), &rep), "a report: %q", stdout)
	assert.Empty(t, rep.Assessments)
	return rep.Errors
}
