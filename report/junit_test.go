package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/browsertest"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
)

// xmlNode is a generic element tree, to check structure independently of
// the renderer's own types.
type xmlNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []xmlNode  `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n xmlNode) attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

func (n xmlNode) children(name string) []xmlNode {
	var out []xmlNode
	for _, c := range n.Nodes {
		if c.XMLName.Local == name {
			out = append(out, c)
		}
	}
	return out
}

var localDateTime = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$`)

// checkJUnitStructure checks in Go what testdata/junit.xsd requires, so
// that the test means something where xmllint is not installed.
func checkJUnitStructure(t *testing.T, name string, data []byte) xmlNode {
	t.Helper()
	var root xmlNode
	require.NoError(t, xml.Unmarshal(data, &root), name)
	require.Equal(t, "testsuites", root.XMLName.Local, name)
	assert.Empty(t, root.Attrs, "%s: <testsuites> takes no attributes", name)
	for _, c := range root.Nodes {
		assert.Equal(t, "testsuite", c.XMLName.Local, name)
	}
	for i, s := range root.Nodes {
		where := fmt.Sprintf("%s suite %d", name, i)
		attrs := map[string]string{}
		for _, a := range s.Attrs {
			attrs[a.Name.Local] = a.Value
		}
		for _, k := range []string{"package", "id", "name", "timestamp", "hostname", "tests", "failures", "errors", "time"} {
			assert.NotEmpty(t, attrs[k], "%s: attribute %s", where, k)
		}
		for k := range attrs {
			assert.Contains(t, []string{"package", "id", "name", "timestamp", "hostname", "tests", "failures", "errors", "skipped", "time"}, k, where)
		}
		assert.Equal(t, strconv.Itoa(i), attrs["id"], where)
		assert.Regexp(t, localDateTime, attrs["timestamp"], where)
		var order []string
		for _, c := range s.Nodes {
			order = append(order, c.XMLName.Local)
		}
		require.GreaterOrEqual(t, len(order), 3, where)
		assert.Equal(t, "properties", order[0], where)
		assert.Equal(t, []string{"system-out", "system-err"}, order[len(order)-2:], where)
		for _, c := range order[1 : len(order)-2] {
			assert.Equal(t, "testcase", c, where)
		}
		for _, p := range s.Nodes[0].Nodes {
			assert.Equal(t, "property", p.XMLName.Local)
			n, _ := p.attr("name")
			assert.NotEmpty(t, n)
			_, ok := p.attr("value")
			assert.True(t, ok)
		}
		failures, skipped, errors := 0, 0, 0
		cases := s.children("testcase")
		for _, tc := range cases {
			for _, k := range []string{"name", "classname", "time"} {
				v, ok := tc.attr(k)
				assert.True(t, ok && strings.TrimSpace(v) != "", "%s: testcase %s", where, k)
			}
			for _, a := range tc.Attrs {
				assert.Contains(t, []string{"name", "classname", "time", "file", "line"}, a.Name.Local, where)
				if a.Name.Local == "line" {
					n, err := strconv.Atoi(a.Value)
					assert.True(t, err == nil && n > 0, "%s: line %q", where, a.Value)
				}
			}
			kids := tc.Nodes
			if len(kids) > 0 && kids[0].XMLName.Local == "properties" {
				for _, p := range kids[0].Nodes {
					assert.Equal(t, "property", p.XMLName.Local, where)
				}
				kids = kids[1:]
			}
			if len(kids) > 0 && kids[len(kids)-1].XMLName.Local == "system-out" {
				kids = kids[:len(kids)-1]
			}
			assert.LessOrEqual(t, len(kids), 1, "%s: at most one of skipped, error, failure", where)
			for _, c := range kids {
				switch c.XMLName.Local {
				case "failure", "error":
					if c.XMLName.Local == "failure" {
						failures++
					} else {
						errors++
					}
					typ, ok := c.attr("type")
					assert.True(t, ok && typ != "", where)
				case "skipped":
					skipped++
				default:
					t.Errorf("%s: unexpected <%s> in a testcase", where, c.XMLName.Local)
				}
			}
		}
		assert.Equal(t, strconv.Itoa(len(cases)), attrs["tests"], where)
		assert.Equal(t, strconv.Itoa(failures), attrs["failures"], where)
		assert.Equal(t, strconv.Itoa(skipped), attrs["skipped"], where)
		assert.Equal(t, strconv.Itoa(errors), attrs["errors"], where)
	}
	return root
}

// TestJUnitCountsMatchTheAssessment checks each JUnit report: a suite per
// system, a test case per rule, a failure per rule with findings that are
// not waived, skipped for rules that do not apply or are waived (or, in the
// override report, turned off).
func TestJUnitCountsMatchTheAssessment(t *testing.T) {
	for _, c := range allCases(t) {
		r := caseReport(t, c)
		off := 0
		for _, o := range r.Ruleset.Overrides {
			if o.Disabled {
				off++
			}
		}
		root := checkJUnitStructure(t, c.name, renderCase(t, "junit", c))
		if len(r.Errors) > 0 {
			require.Len(t, root.Nodes, len(r.Assessments)+1, "%s: a last suite lists the files that could not be assessed", c.name)
		} else {
			require.Len(t, root.Nodes, len(r.Assessments), c.name)
		}
		for i, a := range r.Assessments {
			suite := root.Nodes[i]
			name, _ := suite.attr("name")
			assert.Equal(t, a.System.Name, name)
			failing, waivedOnly := rulesWithFindings(a)
			rulesRun := len(a.Passed) + len(a.NotApplicable) + len(failing) + len(waivedOnly)
			assert.Equal(t, rulesRun+off, len(suite.children("testcase")), "%s: one test case per rule", c.name)
			for _, tc := range suite.children("testcase") {
				tcName, _ := tc.attr("name")
				id := strings.SplitN(tcName, ":", 2)[0]
				kids := tc.Nodes // without the properties of a rule a pack changed
				if len(kids) > 0 && kids[0].XMLName.Local == "properties" {
					kids = kids[1:]
				}
				switch {
				case failing[id] != nil:
					require.Len(t, kids, 1, tcName)
					fail := kids[0]
					require.Equal(t, "failure", fail.XMLName.Local, tcName)
					typ, _ := fail.attr("type")
					assert.Equal(t, failing[id][0].Severity.String(), typ)
					msg, _ := fail.attr("message")
					assert.Contains(t, msg, cleanText(failing[id][0].Message))
					for _, f := range failing[id] {
						for _, e := range f.Evidence {
							assert.Contains(t, fail.Text, fmt.Sprintf("evidence: %s:%d:%d %s", a.Source.Path, e.Line, e.Column, e.Path))
						}
						assert.Contains(t, fail.Text, cleanText(f.Remediation))
					}
				case waivedOnly[id]:
					require.Len(t, kids, 1, tcName)
					msg, _ := kids[0].attr("message")
					assert.True(t, strings.HasPrefix(msg, "waived: "), msg)
				case slices.Contains(a.NotApplicable, id):
					require.Len(t, kids, 1, tcName)
					assert.Equal(t, "skipped", kids[0].XMLName.Local)
				case slices.Contains(a.Passed, id):
					assert.Empty(t, kids, "%s passed", tcName)
				default:
					assert.True(t, slices.ContainsFunc(r.Ruleset.Overrides, func(o rules.Override) bool { return o.Rule == id && o.Disabled }),
						"%s: a test case of a rule that neither ran nor was turned off", tcName)
					require.Len(t, kids, 1, tcName)
					assert.Equal(t, "skipped", kids[0].XMLName.Local)
				}
			}
			failures, _ := suite.attr("failures")
			skipped, _ := suite.attr("skipped")
			assert.Equal(t, strconv.Itoa(len(failing)), failures, c.name)
			assert.Equal(t, strconv.Itoa(len(a.NotApplicable)+len(waivedOnly)+off), skipped, c.name)
		}
	}
}

// rulesWithFindings splits a system's rules with findings into those that
// fail (with their findings that are not waived) and those whose findings
// are all waived.
func rulesWithFindings(a assess.Assessment) (map[string][]assess.Finding, map[string]bool) {
	failing := map[string][]assess.Finding{}
	waived := map[string]bool{}
	for _, f := range a.Findings {
		if f.Waived {
			waived[f.RuleID] = true
		} else {
			failing[f.RuleID] = append(failing[f.RuleID], f)
		}
	}
	for id := range failing {
		delete(waived, id)
	}
	return failing, waived
}

// TestJUnitValidatesAgainstTheXSD runs xmllint --schema on every JUnit
// report, when xmllint is installed (CI installs it).
func TestJUnitValidatesAgainstTheXSD(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		browsertest.SkipOrFail(t, "xmllint is not installed (apt-get install libxml2-utils)")
	}
	dir := t.TempDir()
	files := []string{}
	for _, c := range allCases(t) {
		path := filepath.Join(dir, c.name+".xml")
		require.NoError(t, os.WriteFile(path, renderCase(t, "junit", c), 0o644))
		files = append(files, path)
	}
	for _, c := range []reportCase{goldenCase(t, "rich"), goldenCase(t, "overrides"), builtinCase(t, "welfare-risk-scoring")} {
		// With a threshold: test cases that pass with their findings in
		// system-out.
		rn, err := ForFormat("junit", WithRules(caseRules(t, c)), WithFailOn(rules.High))
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, rn.Render(&buf, caseReport(t, c)))
		require.Contains(t, buf.String(), "<system-out><![CDATA[", c.name)
		path := filepath.Join(dir, c.name+"-fail-on-high.xml")
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		files = append(files, path)
	}
	out, err := exec.Command(xmllint, append([]string{"--noout", "--schema", filepath.Join("testdata", "junit.xsd")}, files...)...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Equal(t, len(files), strings.Count(string(out), " validates"), "%s", out)

	// The schema rejects what it should.
	bad := filepath.Join(dir, "bad.xml")
	require.NoError(t, os.WriteFile(bad, []byte(`<testsuites name="x"><testsuite name="s" tests="1"/></testsuites>`), 0o644))
	out, err = exec.Command(xmllint, "--noout", "--schema", filepath.Join("testdata", "junit.xsd"), bad).CombinedOutput()
	assert.Error(t, err, "%s", out)
}

// TestJUnitEscapesHostileText checks the JUnit reports of the hostile
// description (with the test pack and with the built-in rules): the XML
// parses, and its strings come back whole.
func TestJUnitEscapesHostileText(t *testing.T) {
	for _, c := range []reportCase{goldenCase(t, "hostile"), builtinCase(t, "hostile")} {
		out := renderCase(t, "junit", c)
		var root xmlNode
		require.NoError(t, xml.Unmarshal(out, &root), c.name)
		assert.True(t, bytes.Contains(out, []byte("]]]]><![CDATA[>")), "%s: a ]]> in a description is split out of the CDATA section", c.name)
		text := ""
		for _, tc := range root.Nodes[0].children("testcase") {
			for _, n := range tc.Nodes {
				text += n.Text
			}
		}
		contains(t, text, "<script>alert('recipient')</script> | [z](javascript:alert(6)) tick`s", c.name)
		contains(t, text, "backticks ]]> && end", c.name)
	}
}

// renderJUnitFailOn renders a case's report as JUnit with a threshold.
func renderJUnitFailOn(t *testing.T, c reportCase, level rules.Severity) xmlNode {
	t.Helper()
	rn, err := ForFormat("junit", WithRules(caseRules(t, c)), WithFailOn(level), WithBaseDir(checkoutDir), WithRepoRoot(checkoutDir))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, rn.Render(&buf, caseReport(t, c)))
	return checkJUnitStructure(t, c.name+" fail-on "+level.String(), buf.Bytes())
}

// TestJUnitAgreesWithFailOn checks every threshold on the rich report: a
// rule's test case fails exactly when it has an unwaived finding at or
// above the threshold, as dria assess --fail-on (Report.FailsOn) does; a
// rule whose unwaived findings are all below it passes, with them in its
// system-out; each test case names its file and, with findings, the line.
func TestJUnitAgreesWithFailOn(t *testing.T) {
	c := goldenCase(t, "rich")
	r := caseReport(t, c)
	for _, level := range rules.Severities() {
		root := renderJUnitFailOn(t, c, level)
		gate := map[string]bool{}
		for _, f := range r.FailsOn(level) {
			gate[f.System+" "+f.Finding.RuleID] = true
		}
		passedWithFindings := 0
		for i, a := range r.Assessments {
			suite := root.Nodes[i]
			for _, tc := range suite.children("testcase") {
				name, _ := tc.attr("name")
				id := strings.SplitN(name, ":", 2)[0]
				file, _ := tc.attr("file")
				assert.Equal(t, a.Source.Path, file)
				fails := len(tc.children("failure")) == 1
				assert.Equal(t, gate[a.System.Name+" "+id], fails, "%s at --fail-on %s", id, level)
				var below []assess.Finding
				for _, f := range a.Findings {
					if f.RuleID == id && !f.Waived && !f.Severity.AtLeast(level) {
						below = append(below, f)
					}
				}
				out := tc.children("system-out")
				if len(below) == 0 {
					assert.Empty(t, out, "%s at %s", id, level)
				} else {
					require.Len(t, out, 1, "%s at %s", id, level)
					assert.True(t, strings.HasPrefix(out[0].Text, fmt.Sprintf("%s below the --fail-on threshold (%s), which do not fail this test:", wording.Count(len(below), "finding"), level)), out[0].Text)
					for _, f := range below {
						assert.Contains(t, out[0].Text, cleanText(f.Message))
					}
					if !fails {
						passedWithFindings++
						assert.Empty(t, tc.children("skipped"), "a rule with findings below the threshold passes, it is not skipped")
					}
				}
				line, hasLine := tc.attr("line")
				if first := firstFindingOf(a, id); first != nil && len(first.Evidence) > 0 {
					assert.Equal(t, strconv.Itoa(first.Evidence[0].Line), line, id)
				} else {
					assert.False(t, hasLine, "%s: no line without evidence", id)
				}
			}
		}
		if level != rules.Info {
			assert.Positive(t, passedWithFindings, "at --fail-on %s some rules pass with findings below it", level)
		}
	}
}

// firstFindingOf returns a system's first finding of a rule, unwaived
// ones first, or nil.
func firstFindingOf(a assess.Assessment, id string) *assess.Finding {
	var waived *assess.Finding
	for i, f := range a.Findings {
		if f.RuleID != id {
			continue
		}
		if !f.Waived {
			return &a.Findings[i]
		}
		if waived == nil {
			waived = &a.Findings[i]
		}
	}
	return waived
}
