package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
)

// JUnit renders a report as JUnit XML for CI test reports: one test suite
// per system and one test case per rule, which fails when the rule has
// findings that are not waived (with WithFailOn, findings at or above the
// threshold), is skipped when the rule does not apply to the system or all
// its findings are waived, and passes otherwise; a rule whose unwaived
// findings are all below the threshold passes with them in its
// system-out. Each test case names the description's file (relative to
// the repository, as GitLab links it) and, when the rule has findings, the
// line of the first one's evidence. Inputs that could not be assessed are
// errored test cases of a last suite. The output follows the common JUnit
// schema of Apache Ant's JUnit task, with the file and line attributes and
// test-case system-out that pytest and Surefire write too.
type JUnit struct {
	o options
}

// NewJUnit returns the JUnit renderer. WithRules names passed and
// not-applicable test cases by the rules' titles as well as their ids;
// WithFailOn sets the threshold; WithRepoRoot and WithBaseDir make the file
// attributes relative to the repository.
func NewJUnit(opts ...Option) *JUnit { return &JUnit{o: newOptions(opts)} }

type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Package    string          `xml:"package,attr"`
	ID         int             `xml:"id,attr"`
	Name       string          `xml:"name,attr"`
	Timestamp  string          `xml:"timestamp,attr"`
	Hostname   string          `xml:"hostname,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Time       string          `xml:"time,attr"`
	Properties []junitProperty `xml:"properties>property"`
	Cases      []junitCase     `xml:"testcase"`
	SystemOut  string          `xml:"system-out"`
	SystemErr  string          `xml:"system-err"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string `xml:"name,attr"`
	Classname string `xml:"classname,attr"`
	Time      string `xml:"time,attr"`
	// File and Line locate the description and the first finding's
	// evidence.
	File string `xml:"file,attr,omitempty"`
	Line int    `xml:"line,attr,omitempty"`
	// Properties, only on the test case of a rule a rule pack changed.
	Properties *junitProperties `xml:"properties"`
	Skipped    *junitSkipped    `xml:"skipped"`
	Error      *junitFailure    `xml:"error"`
	Failure    *junitFailure    `xml:"failure"`
	// SystemOut holds the findings below the --fail-on threshold of a
	// test case that passes.
	SystemOut *junitText `xml:"system-out"`
}

// junitText is an element of text, written as CDATA.
type junitText struct {
	Text string `xml:",cdata"`
}

// junitProperties holds a test case's properties (a pointer, because
// encoding/xml writes an empty parent element for an empty a>b slice).
type junitProperties struct {
	List []junitProperty `xml:"property"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// Render writes the report as JUnit XML.
func (j *JUnit) Render(w io.Writer, r *assess.Report) error {
	if j.o.err != nil {
		return j.o.err
	}
	doc := junitSuites{Suites: make([]junitSuite, 0, len(r.Assessments)+1)}
	ov := overridesOf(j.o, r)
	for i := range r.Assessments {
		doc.Suites = append(doc.Suites, j.suite(r, i, ov))
	}
	if len(r.Errors) > 0 {
		doc.Suites = append(doc.Suites, j.failureSuite(r, len(doc.Suites)))
	}
	data, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("writing JUnit report: %w", err)
	}
	out := append([]byte(xml.Header), data...)
	if _, err := w.Write(append(out, '\n')); err != nil {
		return fmt.Errorf("writing JUnit report: %w", err)
	}
	return nil
}

// overrideProperty is the name of the properties that record a change a
// rule pack made to a rule.
const overrideProperty = "ruleChangedByPack"

func (j *JUnit) suite(r *assess.Report, i int, ov overrideSet) junitSuite {
	a := &r.Assessments[i]
	name := xmlToken(a.System.Name)
	if name == "" {
		name = "system-" + strconv.Itoa(i+1)
	}
	date := a.AssessedOn
	if date == "" {
		date = "1970-01-01"
	}
	s := junitSuite{
		Package: "dria", ID: i, Name: name, Timestamp: date + "T00:00:00", Hostname: "localhost", Time: "0",
		Properties: []junitProperty{
			{"title", cleanText(a.System.Title)},
			{"source", a.Source.Path},
			{"sourceDigest", a.Source.Digest},
			{"impactLevel", a.Summary.ImpactLevel},
			{"inherentRisk", a.Summary.InherentRisk},
			{"residualRisk", a.Summary.ResidualRisk},
			{"rulesetDigest", r.Ruleset.Digest},
			{"tool", r.Tool.Name + " " + r.Tool.Version},
		},
	}
	if a.Source.Document > 0 {
		s.Properties = append(s.Properties, junitProperty{"sourceDocument", strconv.Itoa(a.Source.Document)})
	}
	if j.o.failOn != "" {
		s.Properties = append(s.Properties, junitProperty{"failOn", j.o.failOn.String()})
	}
	s.Properties = append(s.Properties, canadaAIAProperties(a)...)
	s.Properties = append(s.Properties, overrideProperties(ov, ov.list)...)
	rs := newRuleStates(a, ov)
	file, _ := j.o.repoPath(a.Source.Path)
	for _, id := range rs.ids {
		tc := j.testCase(a, id, "dria."+name, rs, ov)
		tc.File = cleanText(file)
		switch {
		case tc.Failure != nil:
			s.Failures++
		case tc.Skipped != nil:
			s.Skipped++
		}
		s.Cases = append(s.Cases, tc)
	}
	s.Tests = len(s.Cases)
	return s
}

// failureSuite is the suite of the inputs that could not be assessed: one
// errored test case per file, with why and every located problem.
func (j *JUnit) failureSuite(r *assess.Report, id int) junitSuite {
	date := "1970-01-01"
	if len(r.Assessments) > 0 && r.Assessments[0].AssessedOn != "" {
		date = r.Assessments[0].AssessedOn
	}
	s := junitSuite{
		Package: "dria", ID: id, Name: "dria: " + failuresHeading, Timestamp: date + "T00:00:00", Hostname: "localhost", Time: "0",
		Properties: []junitProperty{
			{"rulesetDigest", r.Ruleset.Digest},
			{"tool", r.Tool.Name + " " + r.Tool.Version},
		},
		SystemOut: failuresIntro(len(r.Errors)),
	}
	for _, f := range r.Errors {
		file, _ := j.o.repoPath(f.Path)
		tc := junitCase{Name: xmlToken(f.Path), Classname: "dria.unassessed", Time: "0", File: cleanText(file)}
		if tc.Name == "" {
			tc.Name = "input"
		}
		var text strings.Builder
		text.WriteString(failureKindText(f.Kind) + "\n")
		for _, p := range f.Problems {
			fmt.Fprintf(&text, "%s:%d:%d: %s\n", cleanText(f.Path), p.Line, p.Column, cleanText(p.Message))
			if tc.Line == 0 && p.Line > 0 {
				tc.Line = p.Line
			}
		}
		tc.Error = &junitFailure{Message: cleanText(failureSentence(f)), Type: string(f.Kind), Text: text.String()}
		s.Cases = append(s.Cases, tc)
	}
	s.Tests, s.Errors = len(s.Cases), len(s.Cases)
	return s
}

// ruleStates holds what happened to each rule in one system: its findings,
// whether it did not apply, and whether a rule pack turned it off; ids
// lists every such rule, sorted.
type ruleStates struct {
	ids           []string
	findings      map[string][]assess.Finding
	notApplicable map[string]bool
	disabled      map[string]rules.Override
}

func newRuleStates(a *assess.Assessment, ov overrideSet) ruleStates {
	rs := ruleStates{findings: map[string][]assess.Finding{}, notApplicable: map[string]bool{}, disabled: map[string]rules.Override{}}
	for _, f := range a.Findings {
		rs.findings[f.RuleID] = append(rs.findings[f.RuleID], f)
	}
	for _, id := range a.NotApplicable {
		rs.notApplicable[id] = true
	}
	rs.ids = slices.Concat(a.Passed, a.NotApplicable)
	for id := range rs.findings {
		rs.ids = append(rs.ids, id)
	}
	for _, o := range ov.list {
		if o.Disabled {
			rs.disabled[o.Rule] = o
			rs.ids = append(rs.ids, o.Rule)
		}
	}
	slices.Sort(rs.ids)
	rs.ids = slices.Compact(rs.ids)
	return rs
}

// testCase is the test case of one rule: it fails when the rule has
// findings that are not waived, and is skipped when all its findings are
// waived, when it does not apply, or when a rule pack turned it off.
func (j *JUnit) testCase(a *assess.Assessment, id, classname string, rs ruleStates, ov overrideSet) junitCase {
	tc := junitCase{Name: xmlToken(id), Classname: classname, Time: "0"}
	if changes := ov.byRule[id]; len(changes) > 0 {
		tc.Properties = &junitProperties{overrideProperties(ov, changes)}
	}
	if t := ruleTitle(j.o, a, id); t != "" {
		tc.Name = xmlToken(id + ": " + t)
	} else if t := ov.titles[id]; t != "" {
		tc.Name = xmlToken(id + ": " + t)
	}
	var failing, below, waived []assess.Finding
	for _, f := range rs.findings[id] {
		switch {
		case f.Waived:
			waived = append(waived, f)
		case j.o.failOn == "" || f.Severity.AtLeast(j.o.failOn):
			failing = append(failing, f)
		default:
			below = append(below, f)
		}
	}
	if first := slices.Concat(failing, below, waived); len(first) > 0 && len(first[0].Evidence) > 0 {
		tc.Line = first[0].Evidence[0].Line
	}
	if len(below) > 0 {
		tc.SystemOut = &junitText{fmt.Sprintf("%s below the --fail-on threshold (%s), which do not fail this test:\n\n%s",
			wording.Count(len(below), "finding"), j.o.failOn, findingsText(a.Source.Path, below))}
	}
	switch {
	case len(failing) > 0:
		tc.Failure = failureOf(a.Source.Path, failing, len(waived))
		for _, o := range ov.byRule[id] {
			tc.Failure.Text += "not dria's built-in assessment: " + ov.overrideText(o) + "\n"
		}
	case len(below) > 0:
		// passes: the findings are in system-out
	case len(waived) > 0:
		tc.Skipped = &junitSkipped{Message: "waived: " + waiverText(waived[0].Waiver)}
	case rs.notApplicable[id]:
		tc.Skipped = &junitSkipped{Message: "not applicable to this system"}
	case rs.disabled[id].Disabled:
		tc.Skipped = &junitSkipped{Message: "not run: " + ov.overrideText(rs.disabled[id])}
	}
	return tc
}

// overrideProperties records changes rule packs made to rules.
func overrideProperties(ov overrideSet, list []rules.Override) []junitProperty {
	out := make([]junitProperty, len(list))
	for i, o := range list {
		out[i] = junitProperty{overrideProperty, ov.overrideText(o)}
	}
	return out
}

func waiverText(w *assess.Waiver) string {
	if w == nil {
		return "accepted by a waiver"
	}
	return fmt.Sprintf("%s (owner: %s; expires %s)", cleanText(w.Reason), cleanText(w.Owner), w.Expires)
}

// failureOf describes a rule's findings (most severe first) as a failure.
func failureOf(path string, fs []assess.Finding, waived int) *junitFailure {
	text := findingsText(path, fs)
	if waived > 0 {
		text += fmt.Sprintf("\n%s of this rule waived.\n", wording.Count(waived, "more finding"))
	}
	msg := cleanText(fs[0].Message)
	if len(fs) > 1 {
		msg = fmt.Sprintf("%d findings; first: %s", len(fs), msg)
	}
	return &junitFailure{Message: msg, Type: fs[0].Severity.String(), Text: text}
}

// findingsText describes findings in plain text: message, severity and
// its reasons, evidence, rights, references and remediation of each.
func findingsText(path string, fs []assess.Finding) string {
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s: %s\n", severityLabel(f.Severity), cleanText(f.Message))
		sev := "severity: " + f.Severity.String() + " (base " + f.BaseSeverity.String()
		if f.ResidualSeverity != "" && f.ResidualSeverity != f.Severity {
			sev += "; " + f.ResidualSeverity.String() + " after mitigation " + strings.Join(f.MitigatedBy, ", ")
		}
		b.WriteString(sev + ")\n")
		for _, r := range f.SeverityReasons {
			b.WriteString("  - " + cleanText(r) + "\n")
		}
		for _, e := range f.Evidence {
			fmt.Fprintf(&b, "evidence: %s:%d:%d %s", cleanText(path), e.Line, max(e.Column, 1), cleanText(evidenceText(e)))
			if e.Snippet != "" {
				b.WriteString(": " + cleanText(e.Snippet))
			}
			b.WriteString("\n")
		}
		rights := make([]string, len(f.Rights))
		for i, r := range f.Rights {
			rights[i] = rightLabel(r)
		}
		b.WriteString("rights: " + strings.Join(rights, "; ") + "\n")
		if len(f.References) > 0 {
			b.WriteString("references: " + strings.Join(referenceStrings(f.References), "; ") + "\n")
		}
		if f.Remediation != "" {
			b.WriteString("what to do: " + cleanText(f.Remediation) + "\n")
		}
		if w := f.ExpiredWaiver; w != nil {
			b.WriteString("waiver expired on " + w.Expires + ": " + waiverText(w) + "\n")
		}
	}
	return b.String()
}

// xmlToken collapses white space as the schema's xs:token does, so that
// names read the same before and after validation.
func xmlToken(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}
