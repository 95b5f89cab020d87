package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// Markdown renders a report for people as CommonMark with GitHub tables:
// for each system a summary (impact level and the safeguards it requires,
// inherent and residual risk, counts by severity), the rights at risk,
// the findings grouped by right with the most severe first, an action plan,
// waived findings and what was checked; a side-by-side comparison when the
// report holds several systems; and the methodology. Every string from a
// description is escaped, so it renders literally.
type Markdown struct {
	o options
}

// NewMarkdown returns the Markdown renderer. WithRules adds rule titles to
// the lists of passed and not-applicable rules.
func NewMarkdown(opts ...Option) *Markdown { return &Markdown{o: newOptions(opts)} }

// Render writes the report as Markdown.
func (m *Markdown) Render(w io.Writer, r *assess.Report) error {
	if m.o.err != nil {
		return m.o.err
	}
	if _, err := w.Write(m.markdown(r)); err != nil {
		return fmt.Errorf("writing Markdown report: %w", err)
	}
	return nil
}

// reportTitle is the title of the whole report.
func reportTitle(r *assess.Report) string {
	switch len(r.Assessments) {
	case 0:
		return "Digital-rights impact assessment"
	case 1:
		return "Digital-rights impact assessment: " + displayTitle(r.Assessments[0].System)
	}
	return fmt.Sprintf("Digital-rights impact assessment: %d systems", len(r.Assessments))
}

// md accumulates a Markdown document.
type md struct {
	bytes.Buffer
	o  options
	ov overrideSet
}

func (b *md) line(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
	b.WriteByte('\n')
}

func (b *md) heading(level int, text string) {
	b.line(strings.Repeat("#", level), " ", text)
	b.WriteByte('\n')
}

func (b *md) para(parts ...string) {
	b.line(parts...)
	b.WriteByte('\n')
}

// table writes a table whose first column holds row headers.
func (b *md) table(header []string, rows [][]string) {
	b.line("| ", strings.Join(header, " | "), " |")
	b.line(strings.Repeat("|---", len(header)), "|")
	for _, r := range rows {
		b.line("| ", strings.Join(r, " | "), " |")
	}
	b.WriteByte('\n')
}

// sev renders a severity or risk as strong text, which the HTML renderer
// also colours.
func sev[S ~string](s S) string { return "**" + mdText(severityLabel(s)) + "**" }

func (m *Markdown) markdown(r *assess.Report) []byte {
	b := &md{o: m.o, ov: overridesOf(m.o, r)}
	b.heading(1, "Digital-rights impact assessment")
	n := len(r.Assessments)
	systems := "1 system"
	if n != 1 {
		systems = fmt.Sprintf("%d systems", n)
	}
	b.para(fmt.Sprintf("%s assessed by %s %s with the rule set %s (%d rules). Findings are listed most severe first (UNGP 24).",
		systems, mdText(r.Tool.Name), mdText(r.Tool.Version), codeSpan(r.Ruleset.Digest), r.Ruleset.Rules))
	if len(b.ov.list) > 0 {
		b.para("**This is not dria's built-in assessment: rule packs ", changesPhrase(b.ov.counts()),
			".** Each change is listed with the pack that made it and its reason under “", overridesHeading, "”.")
		if n == 0 {
			b.overrides(2, nil)
		}
	}
	if len(r.Errors) > 0 {
		b.failures(r.Errors)
	}
	if n > 1 {
		b.comparison(r)
	}
	for i := range r.Assessments {
		b.assessment(&r.Assessments[i])
	}
	if r.Waivers != nil {
		b.waiverSummary(r.Waivers)
	}
	b.methodology(r)
	return append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
}

// failures writes the section listing the inputs that could not be
// assessed, each with why and, for an invalid description, every located
// problem.
func (b *md) failures(fs []assess.InputFailure) {
	b.heading(2, failuresHeading)
	b.para("**", mdText(failuresIntro(len(fs))), "**")
	for _, f := range fs {
		b.line("- ", codeSpan(f.Path), " (", mdText(failureLabel(f.Kind)), "): ", mdText(f.Message))
		for _, p := range f.Problems {
			file := p.File
			if file == "" {
				file = f.Path
			}
			where := file
			if p.Line > 0 {
				where = fmt.Sprintf("%s:%d:%d", file, p.Line, max(p.Column, 1))
			}
			b.line("  - ", codeSpan(where), ": ", mdText(p.Message))
		}
	}
	b.WriteByte('\n')
}

// comparison writes the side-by-side table of several systems.
func (b *md) comparison(r *assess.Report) {
	b.heading(2, "Comparison")
	b.para("The systems side by side: impact level, inherent and residual risk, and the highest severity of the findings about each right (waived findings left out).")
	header := []string{"Aspect"}
	rows := [][]string{{"Title"}, {"Impact level"}, {"Inherent risk"}, {"Residual risk"}, {"Findings"}, {"Information gaps"}}
	highest := map[string][]rules.Severity{}
	counts := map[string][]int{}
	var rights []string
	for i := range r.Assessments {
		a := &r.Assessments[i]
		header = append(header, mdText(a.System.Name))
		active := activeFindings(a)
		rows[0] = append(rows[0], mdText(displayTitle(a.System)))
		rows[1] = append(rows[1], mdText(a.Summary.ImpactLevel))
		rows[2] = append(rows[2], sev(a.Summary.InherentRisk))
		rows[3] = append(rows[3], sev(a.Summary.ResidualRisk))
		rows[4] = append(rows[4], strconv.Itoa(len(active)))
		rows[5] = append(rows[5], strconv.Itoa(a.Summary.InformationGaps))
		for _, f := range active {
			for _, right := range f.Rights {
				if _, ok := highest[right]; !ok {
					highest[right] = make([]rules.Severity, len(r.Assessments))
					counts[right] = make([]int, len(r.Assessments))
					rights = append(rights, right)
				}
				if f.Severity.Compare(highest[right][i]) > 0 {
					highest[right][i] = f.Severity
				}
				counts[right][i]++
			}
		}
	}
	slices.SortFunc(rights, rightOrder)
	for _, right := range rights {
		row := []string{mdText(rightLabel(right))}
		for i := range r.Assessments {
			if counts[right][i] == 0 {
				row = append(row, "none")
			} else {
				row = append(row, fmt.Sprintf("%s (%d)", sev(highest[right][i]), counts[right][i]))
			}
		}
		rows = append(rows, row)
	}
	b.table(header, rows)
}

func (b *md) assessment(a *assess.Assessment) {
	b.heading(2, mdText(displayTitle(a.System)))
	var about []string
	about = append(about, "System "+codeSpan(a.System.Name))
	if a.System.Version != "" {
		about = append(about, "version "+mdText(a.System.Version))
	}
	if a.System.Owner != "" {
		about = append(about, "owned by "+mdText(a.System.Owner))
	}
	src := "described in " + codeSpan(a.Source.Path)
	if a.Source.Document > 0 {
		src += fmt.Sprintf(" (document %d)", a.Source.Document)
	}
	b.para(strings.Join(about, ", "), "; ", src, " (", codeSpan(a.Source.Digest), "); assessed on ", mdText(a.AssessedOn), ".")
	b.summary(a)
	b.overrides(3, a)
	b.rights(a)
	b.findings(a)
	b.actionPlan(a)
	b.waived(a)
	b.checked(a)
}

func (b *md) summary(a *assess.Assessment) {
	s := a.Summary
	active := activeFindings(a)
	b.heading(3, "Summary")
	b.line("- Impact level: **", mdText(s.ImpactLevel), "** (of I to IV)")
	b.line("- Risk: inherent ", sev(s.InherentRisk), " → residual ", sev(s.ResidualRisk), " after implemented, evidenced mitigations")
	if len(b.ov.list) > 0 {
		b.line("- Rule changes: rule packs ", changesPhrase(b.ov.counts()), ", so this is not dria's built-in assessment (see “", overridesHeading, "” below)")
	}
	findings := fmt.Sprintf("- Findings: %d", len(a.Findings))
	if waived := len(a.Findings) - len(active); waived > 0 {
		findings += fmt.Sprintf(", %d of them waived", waived)
	}
	b.line(findings, fmt.Sprintf("; information gaps: %d", s.InformationGaps))
	b.WriteByte('\n')

	var counts [][]string
	for _, level := range slices.Backward(rules.Severities()) {
		counts = append(counts, []string{sev(level), strconv.Itoa(s.Counts.Of(level))})
	}
	b.table([]string{"Severity", "Findings"}, counts)
	b.list("Why impact level "+mdText(s.ImpactLevel)+":", s.ImpactReasons)
	b.list("Safeguards that impact level "+mdText(s.ImpactLevel)+" requires:", s.RequiredSafeguards)
	b.list("Why this risk:", s.RiskReasons)
}

// list writes a labelled bullet list of escaped strings, or nothing when
// there are none.
func (b *md) list(label string, items []string) {
	if len(items) == 0 {
		return
	}
	b.para("**", label, "**")
	for _, it := range items {
		b.line("- ", mdText(it))
	}
	b.WriteByte('\n')
}

func (b *md) rights(a *assess.Assessment) {
	b.heading(3, "Rights at risk")
	if len(a.Summary.Rights) == 0 {
		b.para("No right is at risk from the findings.")
		return
	}
	rows := make([][]string, 0, len(a.Summary.Rights))
	for _, r := range a.Summary.Rights {
		rows = append(rows, []string{mdText(rightLabel(r.Right)), sev(r.Highest), strconv.Itoa(r.Findings)})
	}
	b.table([]string{"Right", "Highest severity", "Findings"}, rows)
}

// primaryRight is the right a finding is listed under: its first.
func primaryRight(f assess.Finding) string {
	if len(f.Rights) == 0 {
		return ""
	}
	return f.Rights[0]
}

func (b *md) findings(a *assess.Assessment) {
	active := activeFindings(a)
	b.heading(3, fmt.Sprintf("Findings (%d)", len(active)))
	if len(active) == 0 {
		b.para("No findings.")
		return
	}
	b.para("Grouped by right, the right with the most severe finding first, and most severe first within each right. A finding that concerns several rights is listed under the first and named under the others.")
	var order []string
	groups := map[string][]assess.Finding{}
	for _, f := range active {
		p := primaryRight(f)
		if _, ok := groups[p]; !ok {
			order = append(order, p)
		}
		groups[p] = append(groups[p], f)
	}
	for _, right := range order {
		fs := groups[right]
		label := "Other findings"
		if right != "" {
			label = rightLabel(right)
		}
		b.heading(4, mdText(label))
		var also []string
		for _, f := range active {
			if primaryRight(f) != right && slices.Contains(f.Rights, right) {
				also = append(also, fmt.Sprintf("%s %s", mdText(f.RuleID), sev(f.Severity)))
			}
		}
		line := fmt.Sprintf("%s listed here, most severe %s.", plural(len(fs), "finding"), sev(fs[0].Severity))
		if len(also) > 0 {
			line += " Also concerning this right, listed under another: " + strings.Join(also, ", ") + "."
		}
		b.para(line)
		for _, f := range fs {
			b.finding(a, f)
		}
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func (b *md) finding(a *assess.Assessment, f assess.Finding) {
	b.heading(5, sev(f.Severity)+" "+mdText(f.RuleID)+": "+mdRich(f.Title))
	b.para(mdRich(f.Message))
	sevLine := "- Severity: " + sev(f.Severity) + " (base " + mdText(severityLabel(f.BaseSeverity)) + ")"
	if f.ResidualSeverity != "" && f.ResidualSeverity != f.Severity {
		mit := make([]string, len(f.MitigatedBy))
		for i, x := range f.MitigatedBy {
			mit[i] = codeSpan(x)
		}
		sevLine += "; " + sev(f.ResidualSeverity) + " after mitigation " + strings.Join(mit, ", ")
	}
	b.line(sevLine)
	for _, ov := range b.ov.byRule[f.RuleID] {
		b.line("- Changed by a rule pack: ", b.overrideChange(ov), "; reason given: ", mdText(ov.Reason))
	}
	rights := make([]string, len(f.Rights))
	for i, r := range f.Rights {
		rights[i] = mdText(rightLabel(r))
	}
	b.line("- Rights: ", strings.Join(rights, "; "))
	if f.Category != "" {
		b.line("- Category: ", mdText(f.Category))
	}
	if len(f.SeverityReasons) > 0 {
		b.line("- Why this severity:")
		for _, r := range f.SeverityReasons {
			b.line("  - ", mdText(r))
		}
	}
	if len(f.Evidence) > 0 {
		b.line("- Evidence:")
		for _, e := range f.Evidence {
			b.line("  - ", evidence(a.Source.Path, e))
		}
	}
	if len(f.References) > 0 {
		refs := make([]string, len(f.References))
		for i, r := range f.References {
			refs[i] = mdText(r.String())
		}
		b.line("- References: ", strings.Join(refs, "; "))
	}
	if f.Remediation != "" {
		b.line("- What to do: ", mdRich(f.Remediation))
	}
	if w := f.ExpiredWaiver; w != nil {
		b.line("- Waiver expired on ", mdText(w.Expires), " (owner ", mdText(w.Owner), ": ", mdText(w.Reason), "); the finding counts again.")
	}
	b.WriteByte('\n')
}

// evidence renders one piece of evidence: the file, line and column, the
// field, and the source line quoted.
func evidence(path string, e assess.Evidence) string {
	loc := path
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d:%d", path, e.Line, max(e.Column, 1))
	}
	s := "line " + strconv.Itoa(e.Line) + ", " + codeSpan(e.Path)
	if e.Line <= 0 {
		s = codeSpan(e.Path)
	}
	if e.FoundAt != nil {
		at := "the document"
		if *e.FoundAt != "" {
			at = codeSpan(*e.FoundAt)
		}
		s += " is not stated; nearest stated field " + at
	}
	if e.Snippet != "" {
		s += ": " + codeSpan(e.Snippet)
	}
	return s + " (" + codeSpan(loc) + ")"
}

func (b *md) actionPlan(a *assess.Assessment) {
	b.heading(3, "Action plan")
	active := activeFindings(a)
	if len(active) == 0 {
		b.para("Nothing to do: no findings that are not waived.")
		return
	}
	b.para("One action per rule, in order of priority: the most severe first (UNGP 24), then by residual severity and rule id.")
	type action struct {
		f     assess.Finding
		count int
	}
	var acts []*action
	byRule := map[string]*action{}
	for _, f := range active {
		if x, ok := byRule[f.RuleID]; ok {
			x.count++
			if f.ResidualSeverity.Compare(x.f.ResidualSeverity) > 0 && f.Severity == x.f.Severity {
				x.f.ResidualSeverity = f.ResidualSeverity
			}
			continue
		}
		x := &action{f: f, count: 1}
		byRule[f.RuleID] = x
		acts = append(acts, x)
	}
	slices.SortStableFunc(acts, func(x, y *action) int {
		if c := moreSevere(x.f.Severity, y.f.Severity); c != 0 {
			return c
		}
		if c := moreSevere(x.f.ResidualSeverity, y.f.ResidualSeverity); c != 0 {
			return c
		}
		return strings.Compare(x.f.RuleID, y.f.RuleID)
	})
	for i, x := range acts {
		what := x.f.Remediation
		if strings.TrimSpace(what) == "" {
			what = "Address the finding."
		}
		n := ""
		if x.count > 1 {
			n = fmt.Sprintf(" (%d findings)", x.count)
		}
		b.line(strconv.Itoa(i+1), ". ", sev(x.f.Severity), " ", mdText(x.f.RuleID), " ", mdRich(x.f.Title), n, ": ", mdRich(what))
	}
	b.WriteByte('\n')
}

func (b *md) waived(a *assess.Assessment) {
	var waived, expired []assess.Finding
	for _, f := range a.Findings {
		if f.Waived {
			waived = append(waived, f)
		}
		if f.ExpiredWaiver != nil {
			expired = append(expired, f)
		}
	}
	if len(waived)+len(expired) == 0 {
		return
	}
	b.heading(3, "Waived findings")
	if len(waived) > 0 {
		b.para("Accepted on the record by a waiver; they do not count toward --fail-on.")
		for _, f := range waived {
			b.line("- ", sev(f.Severity), " ", mdText(f.RuleID), " ", mdRich(f.Title), ": ", mdRich(f.Message))
			if w := f.Waiver; w != nil {
				b.line("  - Reason: ", mdText(w.Reason))
				b.line("  - Owner: ", mdText(w.Owner))
				b.line("  - Expires: ", mdText(w.Expires))
			}
		}
		b.WriteByte('\n')
	}
	if len(expired) > 0 {
		b.para("**Expired waivers** (these findings count again):")
		for _, f := range expired {
			w := f.ExpiredWaiver
			b.line("- ", mdText(f.RuleID), " ", mdRich(f.Title), ": expired on ", mdText(w.Expires), "; owner ", mdText(w.Owner), "; reason: ", mdText(w.Reason))
		}
		b.WriteByte('\n')
	}
}

func (b *md) checked(a *assess.Assessment) {
	b.heading(3, "What was checked")
	failed := map[string]bool{}
	for _, f := range a.Findings {
		failed[f.RuleID] = true
	}
	total := len(failed) + len(a.Passed) + len(a.NotApplicable)
	b.para(fmt.Sprintf("%s: %d with findings, %d passed, %d not applicable to this system.",
		plural(total, "rule"), len(failed), len(a.Passed), len(a.NotApplicable)))
	b.ruleList(a, "Passed", a.Passed)
	b.ruleList(a, "Not applicable", a.NotApplicable)
}

func (b *md) ruleList(a *assess.Assessment, label string, ids []string) {
	if len(ids) == 0 {
		return
	}
	if len(b.o.rules) == 0 {
		esc := make([]string, len(ids))
		for i, id := range ids {
			esc[i] = mdText(id)
		}
		b.para("**", label, fmt.Sprintf(" (%d):** ", len(ids)), strings.Join(esc, ", "))
		return
	}
	b.para("**", label, fmt.Sprintf(" (%d):**", len(ids)))
	for _, id := range ids {
		if t := ruleTitle(b.o, a, id); t != "" {
			b.line("- ", mdText(id), ": ", mdRich(t))
		} else {
			b.line("- ", mdText(id))
		}
	}
	b.WriteByte('\n')
}

func (b *md) waiverSummary(ws *assess.WaiverSummary) {
	b.heading(2, "Waivers")
	b.para(fmt.Sprintf("%s accepted by active waivers.", plural(ws.Applied, "finding")))
	waivers := func(label string, list []assess.Waiver) {
		if len(list) == 0 {
			return
		}
		b.para("**", label, "**")
		for _, w := range list {
			sys := "every system"
			if w.System != "" {
				sys = "systems " + codeSpan(w.System)
			}
			b.line("- ", mdText(w.Rule), " for ", sys, ", expires ", mdText(w.Expires), "; owner ", mdText(w.Owner), "; reason: ", mdText(w.Reason))
		}
		b.WriteByte('\n')
	}
	waivers(fmt.Sprintf("Expired waivers (%d): they no longer apply, and the findings they match count again.", len(ws.Expired)), ws.Expired)
	waivers(fmt.Sprintf("Stale waivers (%d): they matched no finding; remove them or correct the rule id or system.", len(ws.Stale)), ws.Stale)
}

func (b *md) methodology(r *assess.Report) {
	b.heading(2, "Methodology")
	b.para("Each rule checks the description of a system against human-rights standards (the UN Guiding Principles on Business and Human Rights, the GDPR, the EU AI Act and Digital Services Act, the Council of Europe AI convention, Canada's Directive on Automated Decision-Making and others, cited with each finding). A finding quotes the fields of the description that made the rule fire. A question the description leaves unanswered is an information gap, never compliance.")
	b.para("Severity follows UNGP 14. Each rule has a base severity and a likelihood; the assessment adds the scale of the system (people affected), its scope (vulnerable groups, mandatory use), how hard its harms are to remedy and the rule's likelihood. A low total lowers the base one level and a high total raises it one level; critical rules are never lowered. More people, more vulnerable groups or less reversibility never lower a severity.")
	b.para("The impact level I to IV, after Canada's Directive on Automated Decision-Making, adds irreversibility, scale, scope, mandatory use, automation, legal effect and sensitive domains; each level lists the safeguards it requires. Inherent risk is the highest finding severity (at least high when five or more information gaps of medium severity or above remain); residual risk is the same after implemented mitigations with evidence have lowered the findings they address by one level.")
	changed := ""
	if len(r.Ruleset.Overrides) > 0 {
		changed = " with the changes rule packs made (see “" + overridesHeading + "”)"
	}
	b.para(fmt.Sprintf("Rule set: %s, %d rules%s. Report version %s, made by %s %s. The same descriptions, rules and date give the same report.",
		codeSpan(r.Ruleset.Digest), r.Ruleset.Rules, changed, mdText(r.ReportVersion), mdText(r.Tool.Name), mdText(r.Tool.Version)))
}

// overridesHeading is the heading of the section that lists the changes
// rule packs made to rules.
const overridesHeading = "Rule changes made by rule packs"

// overrides writes the section that lists the changes rule packs made to
// rules, for a system (with how many of its findings each change affects)
// or, when a is nil, for the report. It writes nothing when there are none.
func (b *md) overrides(level int, a *assess.Assessment) {
	if len(b.ov.list) == 0 {
		return
	}
	b.heading(level, overridesHeading)
	what := "the results of this system"
	if a == nil {
		what = "the results"
	}
	b.para("**This is not dria's built-in assessment.** Rule packs loaded for it changed the rules below, so ", what,
		" (findings, their severities, the impact on rights and the risk) can differ from what dria's own rules give. Each change names the pack that made it and the reason the pack gives.")
	for _, ov := range b.ov.list {
		line := "- " + b.ruleRef(ov.Rule) + ": " + b.overrideChange(ov)
		switch {
		case ov.Disabled:
			line += "; whatever it would find is missing from this report"
		case a != nil:
			line += "; " + findingsAffected(a, ov.Rule)
		}
		b.line(line, ". Reason given: ", mdText(ov.Reason))
	}
	b.WriteByte('\n')
}

// ruleRef names a rule: its id, and its title when known.
func (b *md) ruleRef(id string) string {
	if t := b.ov.titles[id]; t != "" {
		return mdText(id) + " " + mdRich(t)
	}
	return mdText(id)
}

// overrideChange says what an override did and which pack did it.
func (b *md) overrideChange(ov rules.Override) string {
	what := "**turned off**"
	if !ov.Disabled {
		what = "base severity " + severityChange(ov) + " from " + sev(ov.PreviousSeverity) + " to " + sev(ov.Severity)
	}
	return what + " by rule pack " + mdText(ov.Pack) + " (" + codeSpan(ov.Source) + ")"
}

// findingsAffected says how many of a system's findings a rule made.
func findingsAffected(a *assess.Assessment, id string) string {
	n := 0
	for _, f := range a.Findings {
		if f.RuleID == id {
			n++
		}
	}
	if n == 0 {
		return "no finding of this system"
	}
	return plural(n, "finding") + " of this system, marked below"
}
