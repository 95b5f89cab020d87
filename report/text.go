package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
)

// Text renders a report as plain lines for terminals and CI logs, in the
// FILE:LINE:COL: form compilers use, so that editors and terminals link
// each line to the file:
//
//	== welfare-risk-scoring (Municipal welfare fraud risk scoring), examples/systems/welfare-risk-scoring.yaml: impact level IV, risk critical → high, 12 findings: 2 critical, 5 high, 3 medium, 2 low, 0 info
//	examples/systems/welfare-risk-scoring.yaml:14:5: critical DRIA-DEC-001 Solely automated decisions … — decisions are fully automated …
//
// A line per system sums it up (name and title, file, impact level,
// inherent → residual risk, findings by severity, how many are waived);
// then one line per finding, most severe first, at its first evidence
// (a finding without evidence names the file only), with the severity as a
// word; a waived finding is marked with its waiver, and one whose rule a
// rule pack changed says so. One line at the top notes the rule packs'
// changes, and a section at the end lists the files that could not be
// assessed. Every string from a description, pack or waiver passes through
// internal/safetext.Inline, so no control character reaches the terminal
// and nothing can forge a line.
//
// Colour (WithColour) is ANSI SGR through one small function, not a
// library: the renderer needs five colours and bold, and a terminal colour
// library (such as fatih/color) decides by itself from the process's
// standard output and NO_COLOR, global state that would make the bytes
// depend on where the program runs. The caller decides instead. Severity
// is always a word, never colour alone.
type Text struct {
	o options
}

// NewText returns the text renderer; WithColour turns colour on.
func NewText(opts ...Option) *Text { return &Text{o: newOptions(opts)} }

// Render writes the report as text lines.
func (t *Text) Render(w io.Writer, r *assess.Report) error {
	if t.o.err != nil {
		return t.o.err
	}
	b := &textWriter{colour: t.o.colour, ov: overridesOf(t.o, r)}
	b.line(runLine(r))
	b.overrides()
	for i := range r.Assessments {
		b.WriteByte('\n')
		b.assessment(&r.Assessments[i])
	}
	b.failures(r.Errors)
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	return nil
}

// textWriter accumulates the lines of a text report.
type textWriter struct {
	bytes.Buffer
	colour bool
	ov     overrideSet
}

func (b *textWriter) line(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
	b.WriteByte('\n')
}

// SGR parameters of the text format's styles.
const (
	sgrBold  = "1"
	sgrFaint = "2"
)

// severitySGR colours each severity: bold red, red, yellow, cyan, and
// the terminal's own colour for info.
var severitySGR = map[rules.Severity]string{
	rules.Critical: "1;31",
	rules.High:     "31",
	rules.Medium:   "33",
	rules.Low:      "36",
}

// paint wraps text in an SGR sequence and a reset, when colour is on.
// text must already be safe (escaped): paint adds the only escape
// characters of the output.
func (b *textWriter) paint(sgr, text string) string {
	if !b.colour || sgr == "" || text == "" {
		return text
	}
	return "\x1b[" + sgr + "m" + text + "\x1b[0m"
}

// termText makes a string from a description, pack or waiver safe for one line.
func termText(s string) string { return safetext.Inline(s) }

func (b *textWriter) overrides() {
	if len(b.ov.list) == 0 {
		return
	}
	changes := make([]string, len(b.ov.list))
	for i, ov := range b.ov.list {
		changes[i] = termText(b.ov.overrideText(ov))
	}
	b.line(b.paint(sgrBold, "note: not dria's built-in assessment: rule packs "+changesPhrase(b.ov.counts())+":"), " ", strings.Join(changes, "; "))
}

func (b *textWriter) assessment(a *assess.Assessment) {
	b.line(b.paint(sgrBold, "== "+systemSummary(a)))
	b.canadaAIA(a)
	for _, f := range a.Findings {
		b.finding(a, f)
	}
}

// runLine says in one line what made the report and what it holds:
// "dria 1.2.0, rule set sha256:… (88 rules): 3 systems assessed, 1 file
// could not be assessed".
func runLine(r *assess.Report) string {
	line := fmt.Sprintf("%s %s, rule set %s (%s): %s assessed", termText(r.Tool.Name), termText(r.Tool.Version), termText(r.Ruleset.Digest),
		wording.Count(r.Ruleset.Rules, "rule"), wording.Count(len(r.Assessments), "system"))
	if n := len(r.Errors); n > 0 {
		line += fmt.Sprintf(", %s could not be assessed", wording.Count(n, "file"))
	}
	return line
}

// systemSummary is the one-line summary of a system.
func systemSummary(a *assess.Assessment) string {
	s := a.Summary
	name := termText(a.System.Name)
	if t := strings.TrimSpace(a.System.Title); t != "" {
		name += " (" + termText(t) + ")"
	}
	src := termText(a.Source.Path)
	if a.Source.Document > 0 {
		src += fmt.Sprintf(" (document %d)", a.Source.Document)
	}
	counts := make([]string, 0, 5)
	for _, level := range slices.Backward(rules.Severities()) {
		counts = append(counts, fmt.Sprintf("%d %s", s.Counts.Of(level), level))
	}
	line := fmt.Sprintf("%s, %s: impact level %s, risk %s → %s, %s: %s", name, src, termText(s.ImpactLevel), termText(s.InherentRisk), termText(s.ResidualRisk),
		wording.Count(len(a.Findings), "finding"), strings.Join(counts, ", "))
	if waived := len(a.Findings) - len(activeFindings(a)); waived > 0 {
		line += fmt.Sprintf(" (%d waived)", waived)
	}
	return line
}

func (b *textWriter) finding(a *assess.Assessment, f assess.Finding) {
	where := termText(a.Source.Path)
	if len(f.Evidence) > 0 && f.Evidence[0].Line > 0 {
		e := f.Evidence[0]
		where = fmt.Sprintf("%s:%d:%d", where, e.Line, max(e.Column, 1))
	}
	sev := b.paint(severitySGR[f.Severity], termText(f.Severity.String()))
	line := where + ": " + sev + " " + termText(f.RuleID) + " " + termText(f.Title) + " — " + termText(f.Message)
	var notes []string
	if f.Waived {
		notes = append(notes, b.paint(sgrFaint, "waived: "+waiverLine(f.Waiver)))
	}
	if w := f.ExpiredWaiver; w != nil {
		notes = append(notes, "waiver expired on "+termText(w.Expires)+", counts again")
	}
	if len(b.ov.byRule[f.RuleID]) > 0 {
		notes = append(notes, "rule changed by a rule pack")
	}
	if len(notes) > 0 {
		line += " [" + strings.Join(notes, "; ") + "]"
	}
	b.line(line)
}

// waiverLine describes the waiver of a waived finding on one line.
func waiverLine(w *assess.Waiver) string {
	if w == nil {
		return "accepted by a waiver"
	}
	return fmt.Sprintf("%s (owner %s, until %s)", termText(w.Reason), termText(w.Owner), termText(w.Expires))
}

// failures lists the files that could not be assessed, each problem of an
// invalid description at its FILE:LINE:COL.
func (b *textWriter) failures(fs []assess.InputFailure) {
	if len(fs) == 0 {
		return
	}
	b.WriteByte('\n')
	b.line(b.paint(sgrBold, "== "+failuresHeading+": "+failuresIntro(len(fs))))
	for _, f := range fs {
		label := b.paint(severitySGR[rules.Critical], "error")
		b.line(termText(f.Path), ": ", label, " could not be assessed (", failureLabel(f.Kind), "): ", termText(f.Message))
		for _, p := range f.Problems {
			file := p.File
			if file == "" {
				file = f.Path
			}
			where := termText(file)
			if p.Line > 0 {
				where = fmt.Sprintf("%s:%d:%d", where, p.Line, max(p.Column, 1))
			}
			b.line(where, ": ", label, " ", termText(p.Message))
		}
	}
}
