package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// GitHub renders a report as GitHub Actions workflow commands, which the
// runner turns into annotations on the lines of the descriptions (in the
// job summary and on the pull request's changed files): one line per
// finding,
//
//	::error file=systems/welfare.yaml,line=14,col=5,title=DRIA-DEC-001 (critical): Solely automated …::decisions are fully automated …
//
// at its first evidence (file relative to the repository root; a finding
// without evidence names the file only). Critical and high findings are
// ::error, medium ::warning, low and info ::notice; a waived finding is a
// ::notice whatever its severity, marked waived. The message adds the
// severity with its reasons, the system and what to do. One ::warning
// notes changes rule packs made to rules, and each input that could not be
// assessed is an ::error at the file (and at each problem of an invalid
// description).
//
// Strings from a description, pack or waiver are made safe for a log
// (control characters, which a log would show as colours or cursor
// moves, become visible escapes, as internal/safetext.Inline does) and
// then escaped as the runner's toolkit does: in the message, % as %25, CR
// as %0D and LF as %0A; in a property also : as %3A and , as %2C. No
// string can end a property, start another command or add a line.
type GitHub struct {
	o options
}

// NewGitHub returns the GitHub workflow-command renderer; WithRepoRoot and
// WithBaseDir make file paths relative to the repository.
func NewGitHub(opts ...Option) *GitHub { return &GitHub{o: newOptions(opts)} }

// githubCommand returns the workflow command of a finding.
func githubCommand(f assess.Finding) string {
	if f.Waived {
		return "notice"
	}
	switch f.Severity {
	case rules.Critical, rules.High:
		return "error"
	case rules.Medium:
		return "warning"
	}
	return "notice"
}

// Render writes one workflow command per line.
func (g *GitHub) Render(w io.Writer, r *assess.Report) error {
	if g.o.err != nil {
		return g.o.err
	}
	var b strings.Builder
	g.summary(&b, r)
	ov := overridesOf(g.o, r)
	if len(ov.list) > 0 {
		texts := make([]string, len(ov.list))
		for i, o := range ov.list {
			texts[i] = termText(ov.overrideText(o))
		}
		writeCommand(&b, "warning", nil, "Not dria's built-in assessment: rule packs "+changesPhrase(ov.counts())+":\n"+strings.Join(texts, "\n"))
	}
	for i := range r.Assessments {
		a := &r.Assessments[i]
		file, _ := g.o.repoPath(a.Source.Path)
		for _, f := range a.Findings {
			writeCommand(&b, githubCommand(f), githubFindingProps(file, a, f), githubFindingMessage(a, f, ov))
		}
	}
	for _, f := range r.Errors {
		g.failure(&b, f)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing GitHub workflow commands: %w", err)
	}
	return nil
}

// summary writes plain log lines (not commands: each starts with "dria:",
// never with "::") naming the tool and rule set and summing up each
// system, so that the log says what was assessed without spending
// annotations, of which GitHub shows only a few per step.
func (g *GitHub) summary(b *strings.Builder, r *assess.Report) {
	b.WriteString("dria: " + runLine(r) + "\n")
	for i := range r.Assessments {
		b.WriteString("dria: " + systemSummary(&r.Assessments[i]) + "\n")
	}
}

// githubProp is one property of a workflow command.
type githubProp struct{ key, value string }

// githubFindingProps locates a finding: file, line, column and title.
func githubFindingProps(file string, a *assess.Assessment, f assess.Finding) []githubProp {
	props := []githubProp{{"file", termText(file)}}
	if len(f.Evidence) > 0 && f.Evidence[0].Line > 0 {
		e := f.Evidence[0]
		props = append(props, githubProp{"line", strconv.Itoa(e.Line)}, githubProp{"col", strconv.Itoa(max(e.Column, 1))})
	}
	title := fmt.Sprintf("%s (%s): %s", termText(f.RuleID), f.Severity, termText(f.Title))
	if f.Waived {
		title = fmt.Sprintf("%s (%s, waived): %s", termText(f.RuleID), f.Severity, termText(f.Title))
	}
	return append(props, githubProp{"title", title})
}

// githubFindingMessage is an annotation's text: the finding's message,
// then its severity and why, the system, and what to do.
func githubFindingMessage(a *assess.Assessment, f assess.Finding, ov overrideSet) string {
	lines := []string{termText(f.Message)}
	sev := fmt.Sprintf("Severity: %s", f.Severity)
	if len(f.SeverityReasons) > 0 {
		reasons := make([]string, len(f.SeverityReasons))
		for i, r := range f.SeverityReasons {
			reasons[i] = termText(r)
		}
		sev += ". Why: " + strings.Join(reasons, "; ")
	}
	lines = append(lines, sev, "System: "+termText(a.System.Name))
	if f.Remediation != "" {
		lines = append(lines, "What to do: "+termText(f.Remediation))
	}
	if f.Waived {
		lines = append(lines, "Waived: "+waiverLine(f.Waiver)+"; it does not count toward --fail-on.")
	}
	if w := f.ExpiredWaiver; w != nil {
		lines = append(lines, "A waiver expired on "+termText(w.Expires)+"; the finding counts again.")
	}
	for _, o := range ov.byRule[f.RuleID] {
		lines = append(lines, "Not dria's built-in assessment: "+termText(ov.overrideText(o)))
	}
	return strings.Join(lines, "\n")
}

// failure writes an input that could not be assessed: an error at the
// file, and one at each located problem of an invalid description.
func (g *GitHub) failure(b *strings.Builder, f assess.InputFailure) {
	file, _ := g.o.repoPath(f.Path)
	title := "dria could not assess this file (" + failureLabel(f.Kind) + ")"
	props := []githubProp{{"file", termText(file)}, {"title", title}}
	writeCommand(b, "error", props, termText(failureSentence(f))+"\n"+failuresIntro(1))
	for _, p := range f.Problems {
		pp := []githubProp{{"file", termText(file)}}
		if p.Line > 0 {
			pp = append(pp, githubProp{"line", strconv.Itoa(p.Line)}, githubProp{"col", strconv.Itoa(max(p.Column, 1))})
		}
		writeCommand(b, "error", append(pp, githubProp{"title", title}), termText(p.Message))
	}
}

// writeCommand writes one workflow command line with its properties and
// message escaped.
func writeCommand(b *strings.Builder, command string, props []githubProp, message string) {
	b.WriteString("::" + command)
	for i, p := range props {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(p.key + "=" + githubProperty(p.value))
	}
	b.WriteString("::" + githubData(message) + "\n")
}

// githubData escapes a workflow command's message as the Actions toolkit
// does (escapeData): % as %25, CR as %0D, LF as %0A.
func githubData(s string) string { return githubDataEscaper.Replace(s) }

var (
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// githubProperty escapes a workflow command's property value as the
// Actions toolkit does (escapeProperty): as githubData, and : as %3A and
// , as %2C.
func githubProperty(s string) string { return githubPropertyEscaper.Replace(s) }
