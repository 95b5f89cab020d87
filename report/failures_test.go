package report

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/schema"
)

// The batch golden case assesses two vendors with an invalid description
// (testdata/systems/invalid/problems.yaml) between them: a misspelt
// section at 13:3 and a word for a number at 16:13.
var invalidProblems = []schema.Problem{
	{File: invalidPath, Line: 13, Column: 3, Pointer: "/spec/decisons", Message: `unknown key "decisons" in spec; did you mean "decisions"?`},
	{File: invalidPath, Line: 16, Column: 13, Pointer: "/spec/affected/people", Message: `spec.affected.people must be a whole number, got "many"`},
}

func batchReport(t testing.TB) *assess.Report { return caseReport(t, goldenCase(t, "batch")) }

// TestAssessBatchRecordsTheFileItCouldNotAssess checks the report of the
// batch: both vendors assessed, the invalid file in Errors with its kind,
// message and every located problem, and the JSON report holding it under
// errors (valid against the report schema).
func TestAssessBatchRecordsTheFileItCouldNotAssess(t *testing.T) {
	r := batchReport(t)
	require.Len(t, r.Assessments, 2)
	require.Len(t, r.Errors, 1)
	f := r.Errors[0]
	assert.Equal(t, invalidPath, f.Path)
	assert.Equal(t, assess.KindInvalidInput, f.Kind)
	assert.Equal(t, "the description is not valid (2 problems)", f.Message)
	for i := range f.Problems {
		f.Problems[i].Pointer = invalidProblems[i].Pointer // the pointer's spelling is the validator's business
	}
	assert.Equal(t, invalidProblems, f.Problems)

	data := renderCase(t, "json", goldenCase(t, "batch"))
	_, err := schema.Load(schema.Report, "batch.json", data)
	require.NoError(t, err)
	var doc struct {
		Errors []map[string]any `json:"errors"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	require.Len(t, doc.Errors, 1)
	assert.Equal(t, "invalid-input", doc.Errors[0]["kind"])
	assert.Len(t, doc.Errors[0]["problems"], 2)
	assert.NotContains(t, string(renderCase(t, "json", goldenCase(t, "vendors"))), `"errors"`, "a complete batch has no errors key")
}

// TestEveryFormatListsTheFileThatCouldNotBeAssessed checks each format's
// record of the invalid file of the batch: nothing drops it silently.
func TestEveryFormatListsTheFileThatCouldNotBeAssessed(t *testing.T) {
	c := goldenCase(t, "batch")
	intro := "1 file could not be assessed, so the systems it describes are missing from this report. Nothing is known about them, which is never compliance."

	md := string(renderCase(t, "markdown", c))
	contains(t, md, "\n## Files that could not be assessed\n\n**"+intro+"**\n\n- `"+invalidPath+"` (invalid input): the description is not valid \\(2 problems\\)\n"+
		"  - `"+invalidPath+":13:3`: unknown key \"decisons\" in spec; did you mean \"decisions\"?\n"+
		"  - `"+invalidPath+":16:13`: spec.affected.people must be a whole number, got \"many\"\n")
	html := string(renderCase(t, "html", c))
	contains(t, html, `<h2 id="files-that-could-not-be-assessed">Files that could not be assessed</h2>`)
	contains(t, html, "<code>"+invalidPath+":16:13</code>: spec.affected.people must be a whole number, got &quot;many&quot;")

	text := string(renderCase(t, "text", c))
	contains(t, text, "): 2 systems assessed, 1 file could not be assessed\n")
	contains(t, text, "\n== Files that could not be assessed: "+intro+"\n"+invalidPath+": error could not be assessed (invalid input): the description is not valid (2 problems)\n"+
		invalidPath+":13:3: error unknown key \"decisons\" in spec; did you mean \"decisions\"?\n"+
		invalidPath+":16:13: error spec.affected.people must be a whole number, got \"many\"\n")

	gh := string(renderCase(t, "github", c))
	contains(t, gh, "\n::error file="+invalidPath+",title=dria could not assess this file (invalid input)::"+invalidPath+" could not be assessed (invalid input): the description is not valid (2 problems)%0A"+intro+"\n")
	contains(t, gh, "\n::error file="+invalidPath+",line=13,col=3,title=dria could not assess this file (invalid input)::unknown key \"decisons\" in spec; did you mean \"decisions\"?\n")
	contains(t, gh, "\n::error file="+invalidPath+",line=16,col=13,title=dria could not assess this file (invalid input)::spec.affected.people must be a whole number, got \"many\"\n")

	var blockers []gitlabIssue
	for _, is := range decodeGitLab(t, renderCase(t, "gitlab", c)) {
		if is.CheckName == "dria/invalid-input" {
			blockers = append(blockers, is)
		}
	}
	require.Len(t, blockers, 2)
	for i, is := range blockers {
		assert.Equal(t, "blocker", is.Severity)
		assert.Equal(t, gitlabLocation{Path: invalidPath, Lines: gitlabLines{Begin: invalidProblems[i].Line}}, is.Location)
		assert.Equal(t, invalidPath+" could not be assessed (invalid input): "+invalidProblems[i].Message, is.Description)
	}
	assert.NotEqual(t, blockers[0].Fingerprint, blockers[1].Fingerprint)

	checkJUnitFailures(t, renderCase(t, "junit", c))
	checkSARIFFailures(t, renderCase(t, "sarif", c))
}

// checkJUnitFailures checks the last suite of the batch's JUnit report:
// one errored test case for the invalid file, at its first problem.
func checkJUnitFailures(t *testing.T, data []byte) {
	t.Helper()
	root := checkJUnitStructure(t, "batch", data)
	require.Len(t, root.Nodes, 3)
	suite := root.Nodes[2]
	name, _ := suite.attr("name")
	assert.Equal(t, "dria: Files that could not be assessed", name)
	errs, _ := suite.attr("errors")
	assert.Equal(t, "1", errs)
	cases := suite.children("testcase")
	require.Len(t, cases, 1)
	tc := cases[0]
	for k, want := range map[string]string{"name": invalidPath, "classname": "dria.unassessed", "file": invalidPath, "line": "13"} {
		v, _ := tc.attr(k)
		assert.Equal(t, want, v, k)
	}
	e := tc.children("error")
	require.Len(t, e, 1)
	typ, _ := e[0].attr("type")
	assert.Equal(t, "invalid-input", typ)
	msg, _ := e[0].attr("message")
	assert.Equal(t, invalidPath+" could not be assessed (invalid input): the description is not valid (2 problems)", msg)
	assert.Contains(t, e[0].Text, invalidPath+":16:13: spec.affected.people must be a whole number, got \"many\"\n")
}

// checkSARIFFailures checks the batch's SARIF log: the run did not
// succeed, and a tool execution notification at the invalid file, with a
// location per problem, names the kind through the driver's notification
// descriptors.
func checkSARIFFailures(t *testing.T, data []byte) {
	t.Helper()
	require.NoError(t, validateSARIF(t, data))
	run := decodeSARIF(t, data).Runs[0]
	require.Len(t, run.Invocations, 1)
	inv := run.Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	require.Len(t, inv.ToolExecutionNotifications, 1)
	n := inv.ToolExecutionNotifications[0]
	assert.Equal(t, "error", n.Level)
	assert.Equal(t, invalidPath+" could not be assessed (invalid input): the description is not valid (2 problems)", n.Message.Text)
	require.Len(t, run.Tool.Driver.Notifications, 1)
	assert.Equal(t, sarifDescriptorRef{ID: "invalid-input", Index: 0}, n.Descriptor)
	assert.Equal(t, "invalid-input", run.Tool.Driver.Notifications[0].ID)
	require.Len(t, n.Locations, 3)
	assert.Nil(t, n.Locations[0].PhysicalLocation.Region, "the file")
	for i, p := range invalidProblems {
		loc := n.Locations[i+1]
		assert.Equal(t, invalidPath, loc.PhysicalLocation.ArtifactLocation.URI)
		assert.Equal(t, &sarifRegion{StartLine: p.Line, StartColumn: p.Column, EndLine: p.Line}, loc.PhysicalLocation.Region)
		assert.Equal(t, p.Message, loc.Message.Text)
	}
	art := run.Artifacts[*n.Locations[0].PhysicalLocation.ArtifactLocation.Index]
	assert.Equal(t, invalidPath, art.Location.URI)
	assert.Empty(t, art.Hashes, "the file was not read into a report, so it has no digest")

	ok := decodeSARIF(t, renderCase(t, "sarif", goldenCase(t, "vendors"))).Runs[0]
	assert.True(t, ok.Invocations[0].ExecutionSuccessful)
	assert.Empty(t, ok.Invocations[0].ToolExecutionNotifications)
}

// TestABatchWithADuplicateNameRecordsIt assesses one description twice:
// the second copy reuses the system's name and is recorded as invalid
// input at metadata.name.
func TestABatchWithADuplicateNameRecordsIt(t *testing.T) {
	in := input(t, vendorPaths(t)[0])
	again := in
	again.Path = "copy.yaml"
	r, err := assessorFor(t, testRules).AssessBatch(context.Background(), []assess.Input{in, again})
	var be *assess.BatchError
	require.ErrorAs(t, err, &be)
	require.Len(t, r.Assessments, 1)
	require.Len(t, r.Errors, 1)
	f := r.Errors[0]
	assert.Equal(t, "copy.yaml", f.Path)
	assert.Equal(t, assess.KindInvalidInput, f.Kind)
	require.Len(t, f.Problems, 1)
	assert.Equal(t, "/metadata/name", f.Problems[0].Pointer)
	assert.Positive(t, f.Problems[0].Line)
	assert.Contains(t, f.Problems[0].Message, "is already used by "+in.Path)
}

// TestNewInputFailureSaysWhy classifies each kind of error an input can
// fail with, and cuts the path from the front of the message.
func TestNewInputFailureSaysWhy(t *testing.T) {
	for _, c := range []struct {
		err  error
		kind assess.FailureKind
		msg  string
	}{
		{&fileio.Error{Path: "p.yaml", Reason: "is a named pipe, not a regular file"}, assess.KindInvalidInput, "is a named pipe, not a regular file"},
		{&assess.EvalError{Path: "p.yaml", Deadline: 5 * time.Second, Err: context.DeadlineExceeded}, assess.KindDeadline,
			"rule evaluation did not finish within the 5s deadline (a rule may loop or build a huge value)"},
		{&assess.EvalError{Path: "p.yaml", MemoryLimit: 64 << 20, Err: errors.New("heap")}, assess.KindMemory,
			"rule evaluation stopped when it grew memory use past the limit of 64 MiB (a rule may build a huge value)"},
		{&assess.EvalError{Path: "p.yaml", Err: errors.New("eval_conflict_error: functions must not produce multiple outputs")}, assess.KindRules,
			"rule evaluation failed: eval_conflict_error: functions must not produce multiple outputs"},
		{&assess.PanicError{Path: "p.yaml", Value: "index out of range"}, assess.KindInternal,
			"internal error while assessing this file: index out of range (a bug in dria or a library it uses; please report it with the file)"},
		{fmt.Errorf("assessing: %w", context.Canceled), assess.KindCanceled, "assessing: context canceled"},
		{context.DeadlineExceeded, assess.KindDeadline, "context deadline exceeded"},
		{errors.New("something else"), assess.KindInternal, "something else"},
		{nil, assess.KindInternal, "it could not be assessed, for a reason not given"},
	} {
		f := assess.NewInputFailure("p.yaml", c.err)
		assert.Equal(t, assess.InputFailure{Path: "p.yaml", Kind: c.kind, Message: c.msg}, f, "%v", c.err)
	}
	ve := &schema.ValidationError{Problems: invalidProblems[:1]}
	f := assess.NewInputFailure(invalidPath, fmt.Errorf("reading: %w", ve))
	assert.Equal(t, assess.InputFailure{Path: invalidPath, Kind: assess.KindInvalidInput, Message: "the description is not valid (1 problem)", Problems: invalidProblems[:1]}, f)
	f.Problems[0].Message = "changed"
	assert.NotEqual(t, "changed", ve.Problems[0].Message, "the failure holds its own copy of the problems")
}

// hostileFailureReport is a report whose only entry is a failure with
// hostile strings in its path, message and problem.
func hostileFailureReport(t testing.TB) *assess.Report {
	r := assessorFor(t, testRules).NewReport()
	r.Errors = []assess.InputFailure{{
		Path: "evil\x1b[2J\n::error file=x::forged <script>.yaml", Kind: assess.KindInvalidInput,
		Message: "bad\r\n== forged: all clear <img src=x onerror=alert(1)> [a](javascript:alert(2))",
		Problems: []schema.Problem{{File: "evil\x1b[2J\n::error file=x::forged <script>.yaml", Line: 2, Column: 1,
			Message: "\x1b]8;;https://evil.example\a`link`\x1b]8;;\a | cell"}},
	}}
	return r
}

// TestFailuresAreEscapedInEveryFormat renders a report whose only entry is
// a failure with hostile strings: each format escapes them.
func TestFailuresAreEscapedInEveryFormat(t *testing.T) {
	r := hostileFailureReport(t)
	for _, format := range Formats() {
		out := string(renderWith(t, format, r, nil))
		assert.NotContains(t, out, "\x1b", format)
		assert.NotContains(t, out, "\a", format)
		switch format {
		case "json", "sarif", "gitlab":
			assert.True(t, json.Valid([]byte(out)), format)
			assert.NotContains(t, out, "<script>", format)
		case "junit":
			checkJUnitStructure(t, "hostile failure", []byte(out))
			assert.NoError(t, xml.Unmarshal([]byte(out), new(xmlNode)))
		case "markdown":
			assertNoLinks(t, out, "markdown")
			contains(t, out, `\<img src=x onerror=alert\(1\)\>`, format)
			notContains(t, out, "\n== forged", format)
		case "html":
			notContains(t, out, "<script>", format)
			notContains(t, out, "<img", format)
		case "text", "github":
			for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				assert.False(t, strings.HasPrefix(l, "== forged") || strings.HasPrefix(l, "::error file=x"), "%s: %q", format, l)
			}
		}
	}
	require.NoError(t, validateSARIF(t, renderWith(t, "sarif", r, nil)))
	_, err := schema.Load(schema.Report, "failure.json", renderWith(t, "json", r, nil))
	require.NoError(t, err)
}
